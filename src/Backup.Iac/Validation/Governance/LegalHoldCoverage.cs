using Backup.Iac.Catalog;
using Backup.Iac.Validation.AirGapped;
using Backup.Iac.Validation.Vaults;

namespace Backup.Iac.Validation.Governance;

/// <summary>
/// What a legal hold on a vault of this app does not cover. LH-007: a hold without a date range on a vault that backup
/// rules keep writing into holds only the recovery points that exist when it is created. LH-008: continuous backups
/// in the vault keep their 35-day maximum lifecycle, and the copies its rules make into another Region or account do
/// not carry the hold. Vaults are matched by name in the hold's account and Region; names that are deploy-time values
/// or vaults outside the app are not judged.
/// </summary>
internal sealed class LegalHoldCoverage : IValidator<LegalHold>
{
    public void Check(LegalHold hold, ValidationContext context)
    {
        var names = hold.Props.VaultNames;
        for (var i = 0; i < names.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(names[i]) || !VaultUsage.Known(names[i]) || Resolve(BackupVault.FromName(names[i]), hold.Stack, context) is not { } vault)
            {
                continue;
            }

            var writers = new List<string>();
            foreach (var plan in context.Facts.All<BackupPlan>())
            {
                for (var r = 0; r < plan.Rules.Count; r++)
                {
                    var rule = plan.Rules[r];
                    var described = $"rule '{plan.RuleNameAt(r)}' of plan '{plan.Path}'";
                    var backsUp = Names(plan.VaultOf(r), plan, vault, context) || Names(rule.LogicallyAirGappedVault, plan, vault, context);
                    if (backsUp || rule.CopyActions.Any(c => Names(c.Destination, plan, vault, context)))
                    {
                        writers.Add(described);
                    }

                    if (!backsUp)
                    {
                        continue;
                    }

                    if (rule.EnableContinuousBackup && Names(plan.VaultOf(r), plan, vault, context))
                    {
                        context.Report(LegalHoldConstraints.NotCarried, hold, null, PropertyPath.Of(nameof(LegalHoldProps.VaultNames)).Index(i), i, names[i],
                            $"the continuous backups that {described} makes into it still expire after at most 35 days, because a legal hold does not extend the lifecycle of a continuous backup");
                    }

                    foreach (var copy in rule.CopyActions)
                    {
                        if (Boundary(copy.Destination, plan.Stack) is { } boundary)
                        {
                            context.Report(LegalHoldConstraints.NotCarried, hold, null, PropertyPath.Of(nameof(LegalHoldProps.VaultNames)).Index(i), i, names[i],
                                $"the copies that {described} makes into '{Describe(copy.Destination)}' in another {boundary} are not held, because a copy across Regions or accounts does not carry the legal hold");
                        }
                    }
                }
            }

            if (writers.Count > 0 && hold.Props.FromDate is null && hold.Props.ToDate is null)
            {
                var from = writers.Count == 1 ? writers[0] : $"{writers[0]} and {writers.Count - 1} other rule{(writers.Count == 2 ? "" : "s")}";
                var sameStack = ReferenceEquals(vault.Stack, hold.Stack)
                    ? ", and the vault is created with this stack, so at the first deployment the hold covers nothing"
                    : "";
                context.Report(LegalHoldConstraints.ExistingPointsOnly, hold, null, PropertyPath.Of(nameof(LegalHoldProps.VaultNames)).Index(i), i, names[i], $"receives new recovery points from {from}", sameStack);
            }
        }
    }

    /// <summary>The standard or logically air-gapped vault of the app that <paramref name="reference"/> names, seen from <paramref name="from"/>.</summary>
    private static Construct? Resolve(IBackupVault? reference, BackupStack from, ValidationContext context) =>
        (Construct?)AirGappedVaults.Resolve<BackupVault>(reference, from, context) ?? AirGappedVaults.Resolve<LogicallyAirGappedBackupVault>(reference, from, context);

    /// <summary>Whether a vault reference of a rule of <paramref name="plan"/> is <paramref name="vault"/>.</summary>
    private static bool Names(IBackupVault? reference, BackupPlan plan, Construct vault, ValidationContext context) =>
        reference is not null && ReferenceEquals(Resolve(reference, plan.Stack, context), vault);

    /// <summary>"Region (R)", "account (A)" or both when the destination is known to be outside the plan's account and Region; else null.</summary>
    private static string? Boundary(IBackupVault destination, BackupStack from)
    {
        var (account, region) = destination switch
        {
            Construct c => (c.Stack.Account, c.Stack.Region),
            ExternalBackupVault { IsFromArn: false } => (from.Account, from.Region),
            _ when Arn.TryParse(destination.VaultArn) is { } arn =>
                (arn.Account == Aws.AccountId ? from.Account : arn.Account, arn.Region == Aws.Region ? from.Region : arn.Region),
            _ => (null, null),
        };
        var otherRegion = from.Environment.IsOtherRegion(region);
        var otherAccount = from.Environment.IsOtherAccount(account);
        return (otherRegion, otherAccount) switch
        {
            (true, true) => $"Region ({region}) and account ({account})",
            (true, false) => $"Region ({region})",
            (false, true) => $"account ({account})",
            _ => null,
        };
    }

    private static string Describe(IBackupVault vault) =>
        vault is Construct c ? AirGappedVaults.Describe(c) : vault is ExternalBackupVault { IsFromArn: true } e && !Token.IsUnresolved(e.VaultArn) ? e.VaultArn : vault.VaultName;
}
