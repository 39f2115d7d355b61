namespace Backup.Iac.Validation.RestoreTesting;

/// <summary>
/// What the backup plans of the app do for one resource type, seen from a restore testing plan's account and Region
/// (XR-018, XR-020): the vaults there that receive its recovery points (rule vaults of plans deploying there, and copy
/// destinations there), and the rules that produce them. Only plans whose selections can select the type count
/// (<see cref="ValidationContext.Selectable"/>).
/// </summary>
/// <param name="Vaults">The vaults in the account and Region that receive recovery points of the type.</param>
/// <param name="Rules">The rules whose runs put recovery points of the type into those vaults.</param>
internal sealed record TypeBackups(IReadOnlyList<HeldVault> Vaults, IReadOnlyList<RuleSubject> Rules)
{
    /// <summary>
    /// The backups of <paramref name="type"/> that reach the account and Region of <paramref name="stack"/>, or null when
    /// that is not certain at synth time: a plan that can select the type deploys to an unknown account or Region, a rule
    /// has no vault, or a copy goes to a vault whose account or Region is unknown.
    /// </summary>
    public static TypeBackups? Of(string type, BackupStack stack, ValidationContext context)
    {
        var vaults = new List<HeldVault>();
        var rules = new List<RuleSubject>();
        foreach (var plan in context.Facts.All<BackupPlan>())
        {
            if (!context.Selectable(plan).CanSelect(type))
            {
                continue;
            }

            var relation = plan.Stack.Environment.RelationTo(stack.Environment);
            if (relation == EnvironmentRelation.Unknown)
            {
                return null;
            }

            for (var i = 0; i < plan.Rules.Count; i++)
            {
                var rule = plan.Rules[i];
                var reaches = false;
                if (relation == EnvironmentRelation.Same)
                {
                    if (plan.VaultOf(i) is not { } vault)
                    {
                        return null;
                    }

                    vaults.Add(HeldVault.Of(vault));
                    if (rule.LogicallyAirGappedVault is { } airGapped)
                    {
                        vaults.Add(HeldVault.Of(airGapped));
                    }

                    reaches = true;
                }

                foreach (var copy in rule.CopyActions)
                {
                    switch (CopiesInto(copy.Destination, plan.Stack, relation, stack))
                    {
                        case Certainty.Unknown:
                            return null;
                        case Certainty.Yes:
                            vaults.Add(HeldVault.Of(copy.Destination));
                            reaches = true;
                            break;
                    }
                }

                if (reaches)
                {
                    rules.Add(new RuleSubject(plan, i, rule));
                }
            }
        }

        return new TypeBackups([.. vaults.Distinct()], rules);
    }

    /// <summary>Whether a copy destination of a plan in <paramref name="planStack"/> lies in the account and Region of <paramref name="stack"/>.</summary>
    private static Certainty CopiesInto(IBackupVault? destination, BackupStack planStack, EnvironmentRelation relation, BackupStack stack)
    {
        switch (destination)
        {
            case null:
                return Certainty.No;
            case Construct construct:
                return construct.Stack.Environment.RelationTo(stack.Environment) switch
                {
                    EnvironmentRelation.Same => Certainty.Yes,
                    EnvironmentRelation.Different => Certainty.No,
                    _ => Certainty.Unknown,
                };
        }

        if (Arn.TryParse(destination.VaultArn) is not { } arn)
        {
            return Certainty.Unknown;
        }

        var account = Part(arn.Account, Aws.AccountId, planStack.Account, relation, stack.Account);
        var region = Part(arn.Region, Aws.Region, planStack.Region, relation, stack.Region);
        return account == Certainty.No || region == Certainty.No ? Certainty.No
            : account == Certainty.Yes && region == Certainty.Yes ? Certainty.Yes
            : Certainty.Unknown;
    }

    /// <summary>
    /// Whether an account or Region part of a copy destination ARN equals the restore stack's: the pseudo parameter is the
    /// plan stack's own value (the restore stack's when the two deploy together), a literal is compared when both are known.
    /// </summary>
    private static Certainty Part(string part, string pseudo, string? planValue, EnvironmentRelation relation, string? value)
    {
        if (part == pseudo)
        {
            if (relation == EnvironmentRelation.Same)
            {
                return Certainty.Yes;
            }

            part = planValue ?? "";
        }

        if (!RestoreTestingFacts.IsKnown(part) || part.Length == 0 || !RestoreTestingFacts.IsKnown(value))
        {
            return Certainty.Unknown;
        }

        return part == value ? Certainty.Yes : Certainty.No;
    }
}
