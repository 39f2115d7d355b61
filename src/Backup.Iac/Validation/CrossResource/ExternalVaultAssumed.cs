using Backup.Iac.Catalog;
using Backup.Iac.Validation.Copies;
using Backup.Iac.Validation.Vaults;

namespace Backup.Iac.Validation.CrossResource;

/// <summary>
/// XR-002: a rule's vault or a copy's destination given by <see cref="BackupVault.FromName"/> or
/// <see cref="BackupVault.FromArn"/> that matches no vault of the app (standard or logically air-gapped, in the same
/// account and Region) is assumed to exist. A warning (BKP7002) where the vault is expected in the plan's own account
/// and Region; a reminder (BKP7052) for a copy destination whose ARN names another account or Region, which is the
/// normal cross-Region and cross-account pattern. Vault constructs are never reported, nor the targets VAULT-005
/// (a rule into <c>Default</c>) and VAULT-006 (a copy into the EFS automatic vault) already report. Rules of one plan
/// that target the same outside vault are reported once, at the first of them, naming them all.
/// </summary>
internal sealed class ExternalVaultAssumed : IValidator<RuleSubject>
{
    public void Check(RuleSubject rule, ValidationContext context)
    {
        if (rule.Vault is ExternalBackupVault vault && vault.VaultName != VaultNameIsNotDefault.DefaultName && !InModel(vault, rule.Plan.Stack, context))
        {
            // One finding per cause: the rules of a plan that target the same outside vault get one finding, at the first
            // of them, naming them all (cost: the plan's rules, once per rule that targets an outside vault).
            var described = CopyDestination.Describe(vault);
            var sharing = Enumerable.Range(0, rule.Plan.Rules.Count)
                .Where(i => rule.Plan.VaultOf(i) is ExternalBackupVault other && CopyDestination.Describe(other) == described)
                .ToList();
            if (sharing.Count > 0 && sharing[0] != rule.Index)
            {
                return; // reported at the first rule that targets this vault
            }

            var (subject, jobs) = sharing.Count > 1
                ? ($"The vault of rules {string.Join(", ", sharing.Select(i => $"'{rule.Plan.RuleNameAt(i)}'"))}", "backup job of these rules")
                : ("The rule's vault", "backup job of the rule");
            context.Report(SettingsConstraints.ExternalVaultAssumed, rule.Plan, rule.SubPath, nameof(BackupPlanRule.Vault),
                subject, described, "in the plan's account and Region", jobs);
        }

        for (var i = 0; i < rule.Rule.CopyActions.Count; i++)
        {
            if (rule.Rule.CopyActions[i]?.Destination is not ExternalBackupVault destination
                || destination.IsFromArn && Arn.TryParse(destination.VaultArn) is not { Service: "backup" } // not a vault ARN: COPY-002 reports it
                || destination.VaultName == ReservedVaultTargets.EfsAutomaticVault || InModel(destination, rule.Plan.Stack, context))
            {
                continue;
            }

            var subPath = new CopySubject(rule, rule.Rule.CopyActions[i], i).SubPath;
            if (Elsewhere(destination, rule.Plan.Stack) is { } environment)
            {
                context.Report(SettingsConstraints.ExternalCopyDestinationAssumed, rule.Plan, subPath, nameof(CopyAction.Destination),
                    CopyDestination.Describe(destination), environment);
            }
            else
            {
                context.Report(SettingsConstraints.ExternalVaultAssumed, rule.Plan, subPath, nameof(CopyAction.Destination),
                    "The copy destination", CopyDestination.Describe(destination), "in the plan's account and Region", "copy job of the rule");
            }
        }
    }

    /// <summary>"account A, Region R" when the ARN names a literal account or Region that is not known to be the stack's; else null.</summary>
    private static string? Elsewhere(ExternalBackupVault vault, BackupStack stack)
    {
        if (!vault.IsFromArn || Arn.TryParse(vault.VaultArn) is not { } arn)
        {
            return null;
        }

        var otherAccount = VaultUsage.Known(arn.Account) && arn.Account != stack.Account;
        var otherRegion = VaultUsage.Known(arn.Region) && arn.Region != stack.Region;
        var unknown = !VaultUsage.Known(arn.Account) && arn.Account != Aws.AccountId || !VaultUsage.Known(arn.Region) && arn.Region != Aws.Region;
        return (otherAccount, otherRegion) switch
        {
            (true, true) => $"account {arn.Account}, Region {arn.Region}",
            (true, false) => $"account {arn.Account}",
            (false, true) => $"Region {arn.Region}",
            _ when unknown => "an account or Region known only at deploy time",
            _ => null,
        };
    }

    /// <summary>Whether a vault construct of the app (standard or air-gapped) is the named vault.</summary>
    private static bool InModel(ExternalBackupVault vault, BackupStack stack, ValidationContext context)
    {
        string? account = stack.Account;
        string? region = stack.Region;
        if (vault.IsFromArn)
        {
            if (Arn.TryParse(vault.VaultArn) is not { } arn)
            {
                return false;
            }

            account = arn.Account == Aws.AccountId ? stack.Account : arn.Account;
            region = arn.Region == Aws.Region ? stack.Region : arn.Region;
        }

        if (Token.IsUnresolved(vault.VaultName))
        {
            return false;
        }

        return context.Facts.All<Construct>().Where(c => c is IBackupVault).Any(c =>
            ((IBackupVault)c).VaultName == vault.VaultName
            && ((ReferenceEquals(c.Stack, stack) && account == stack.Account && region == stack.Region)
                || c.Stack.Environment.IsAt(account, region)));
    }
}
