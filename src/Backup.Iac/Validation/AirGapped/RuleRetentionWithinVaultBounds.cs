using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.AirGapped;

/// <summary>
/// XR-003: a rule's retention (<c>Lifecycle.DeleteAfter</c>; absent means never expire) lies within the bounds of each
/// vault it backs up into: the lock of its <c>Vault</c>, and the Min/Max of its <c>LogicallyAirGappedVault</c> (or of
/// an air-gapped vault given as <c>Vault</c>, LAG-008). XR-004: a continuous rule (kept at most 35 days) into a vault
/// whose minimum is above 35 days; that case is not also reported as XR-003. A continuous rule without
/// <c>DeleteAfter</c> is left to RULE-020.
/// </summary>
internal sealed class RuleRetentionWithinVaultBounds : IValidator<RuleSubject>
{
    private static readonly Duration ContinuousMax = Duration.Days(35);

    public void Check(RuleSubject subject, ValidationContext context)
    {
        var rule = subject.Rule;
        if (!VaultBounds.TryRetention(rule.Lifecycle, out var retention))
        {
            return; // a DeleteAfter the lifecycle checks reject
        }

        var stack = subject.Plan.Stack;
        var targets = new List<VaultBounds?>
        {
            VaultBounds.Of(AirGappedVaults.Resolve<BackupVault>(subject.Vault, stack, context)),
            VaultBounds.Of(AirGappedVaults.Resolve<LogicallyAirGappedBackupVault>(subject.Vault, stack, context)),
            VaultBounds.Of(AirGappedVaults.Resolve<LogicallyAirGappedBackupVault>(rule.LogicallyAirGappedVault, stack, context)),
        };
        foreach (var bounds in targets.OfType<VaultBounds>().DistinctBy(b => b.Vault))
        {
            Check(subject, bounds, retention, context);
        }
    }

    private static void Check(RuleSubject subject, VaultBounds bounds, Duration? retention, ValidationContext context)
    {
        var continuous = subject.Rule.EnableContinuousBackup;
        if (continuous && bounds.Min > ContinuousMax)
        {
            context.Report(AirGappedVaultConstraints.ContinuousRuleIntoLongMinimum, subject.Plan, subject.SubPath, nameof(BackupPlanRule.EnableContinuousBackup),
                bounds.Kind, bounds.Name, bounds.Min);
            return;
        }

        string? fix = null;
        if (bounds.IsTooShort(retention))
        {
            fix = $"Set DeleteAfter to {bounds.Min} or more, or back up into another vault";
        }
        else if (bounds.IsTooLong(retention) && !(continuous && retention is null))
        {
            fix = retention is null
                ? $"Set DeleteAfter to {bounds.Max} or less (without it, recovery points never expire), or back up into another vault"
                : $"Set DeleteAfter to {bounds.Max} or less, or back up into another vault";
        }

        if (fix is not null)
        {
            var seen = retention is { } r ? $"The rule's DeleteAfter is {r}" : "The rule's DeleteAfter is not set, so its recovery points never expire";
            context.Report(AirGappedVaultConstraints.RuleRetentionOutsideLock, subject.Plan, subject.SubPath, LifecycleSubject.Property(nameof(Lifecycle.DeleteAfter)),
                seen, bounds.Kind, bounds.Name, bounds.Range, fix);
        }
    }
}
