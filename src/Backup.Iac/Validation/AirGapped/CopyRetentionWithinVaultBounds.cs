using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.AirGapped;

/// <summary>
/// XR-005 (a locked standard vault) and LAG-009 (a logically air-gapped vault): the retention of a copy lies within the
/// destination's bounds. The copy job's retention is the copy's <c>Lifecycle.DeleteAfter</c>, else the rule's (absent:
/// never expires). An explicit copy retention governs the copy (OQ-018, settled): the source's shorter retention does
/// not shorten it. Copies into air-gapped vaults are LAG-009's only, never XR-005's.
/// </summary>
internal sealed class CopyRetentionWithinVaultBounds : IValidator<CopySubject>
{
    public void Check(CopySubject subject, ValidationContext context)
    {
        var stack = subject.Rule.Plan.Stack;
        var destination = subject.Copy.Destination;
        var airGapped = AirGappedVaults.Resolve<LogicallyAirGappedBackupVault>(destination, stack, context);
        var (bounds, constraint) = airGapped is not null
            ? (VaultBounds.Of(airGapped), AirGappedVaultConstraints.CopyRetentionOutsideBounds)
            : (VaultBounds.Of(AirGappedVaults.Resolve<BackupVault>(destination, stack, context)), AirGappedVaultConstraints.CopyRetentionOutsideLock);
        if (bounds is null
            || !VaultBounds.TryRetention(subject.Copy.Lifecycle, out var own)
            || !VaultBounds.TryRetention(subject.Rule.Rule.Lifecycle, out var source))
        {
            return;
        }

        var ownSet = subject.Copy.Lifecycle?.DeleteAfter is not null;
        var job = ownSet ? own : source;
        string? seen = null;
        string? fix = null;
        if (bounds.IsTooShort(job))
        {
            (seen, fix) = ownSet
                ? ($"The copy's DeleteAfter is {job}", $"Set the copy's DeleteAfter to {bounds.Min} or more, or copy into another vault")
                : ($"The copy has no DeleteAfter and keeps the rule's, {job}", $"Give the rule's recovery points a DeleteAfter of {bounds.Min} or more, or copy into another vault");
        }
        else if (bounds.IsTooLong(job))
        {
            seen = (ownSet, job) switch
            {
                (true, { } j) => $"The copy's DeleteAfter is {j}",
                (true, null) => "The copy's DeleteAfter is not set (never expire)",
                (false, { } j) => $"The copy has no DeleteAfter and keeps the rule's, {j}",
                (false, null) => "Neither the copy nor the rule sets DeleteAfter, so the copy never expires",
            };
            fix = $"Set the copy's DeleteAfter to {bounds.Max} or less, or copy into another vault";
        }

        if (seen is not null)
        {
            context.Report(constraint, subject.Rule.Plan, subject.SubPath, LifecycleSubject.Property(nameof(Lifecycle.DeleteAfter)), seen, bounds.Name, bounds.Range, fix);
        }
    }
}
