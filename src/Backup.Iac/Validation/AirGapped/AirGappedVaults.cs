using Backup.Iac.Validation.Vaults;

namespace Backup.Iac.Validation.AirGapped;

/// <summary>
/// Which vault construct of the app a rule or copy action names (standard or logically air-gapped), and which plans
/// put recovery points into a logically air-gapped vault.
/// </summary>
internal static class AirGappedVaults
{
    private const string VaultPrefix = "backup-vault:";

    /// <summary>
    /// The vault construct of kind <typeparamref name="T"/> that <paramref name="vault"/> names, seen from a plan in
    /// <paramref name="from"/>: the construct itself; a vault by name in the plan's own account and Region; or a vault
    /// by ARN whose account, Region and name are known (the <see cref="Aws.AccountId"/> and <see cref="Aws.Region"/>
    /// tokens are the plan's own). Null when the reference is unknown, outside the app, or of the other kind.
    /// </summary>
    public static T? Resolve<T>(IBackupVault? vault, BackupStack from, ValidationContext context)
        where T : Construct, IBackupVault
    {
        switch (vault)
        {
            case null:
                return null;
            case T construct:
                return construct;
            case Construct:
                return null; // a construct of the other kind
            case ExternalBackupVault { IsFromArn: false } byName:
                return VaultUsage.Known(byName.VaultName)
                    ? context.Facts.All<T>().FirstOrDefault(v => v.VaultName == byName.VaultName && v.Stack.Environment.Same(from.Environment))
                    : null;
        }

        if (Arn.TryParse(vault.VaultArn) is not { } arn || !arn.Resource.StartsWith(VaultPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var name = arn.Resource[VaultPrefix.Length..];
        if (!VaultUsage.Known(name))
        {
            return null;
        }

        var ownAccount = arn.Account == Aws.AccountId;
        var ownRegion = arn.Region == Aws.Region;
        var account = ownAccount ? from.Account : arn.Account;
        var region = ownRegion ? from.Region : arn.Region;
        return context.Facts.All<T>().FirstOrDefault(v => v.VaultName == name
            && ((ownAccount && ownRegion && v.Stack.Environment.Same(from.Environment))
                || v.Stack.Environment.IsAt(account, region)));
    }

    /// <summary>How messages name a vault construct: its name, or its path when the name is a deploy-time value.</summary>
    public static string Describe(Construct vault) =>
        vault is IBackupVault v && !Token.IsUnresolved(v.VaultName) ? v.VaultName : vault.Path;

    /// <summary>
    /// The plans of the app with a rule that backs up into <paramref name="vault"/> (as its logically air-gapped vault
    /// or as its vault) or, when <paramref name="withCopies"/>, copies into it.
    /// </summary>
    public static IReadOnlyList<BackupPlan> PlansInto(LogicallyAirGappedBackupVault vault, ValidationContext context, bool withCopies) =>
        [.. context.Facts.All<BackupPlan>().Where(plan => Enumerable.Range(0, plan.Rules.Count).Any(i =>
            ReferenceEquals(plan.Rules[i].LogicallyAirGappedVault, vault)
            || ReferenceEquals(plan.VaultOf(i), vault)
            || (withCopies && plan.Rules[i].CopyActions.Any(c => ReferenceEquals(c.Destination, vault)))))];
}
