using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.AirGapped;

/// <summary>
/// LAG-002 to LAG-004: <c>MinRetention</c> at least 7 days, <c>MaxRetention</c> 1 to 36,500 days, Min at most Max.
/// Both are required by the type. Values that are not whole days get BKP9001 (AWS takes them in days) and are not
/// range-checked.
/// </summary>
internal sealed class AirGappedRetentionBounds : IValidator<LogicallyAirGappedBackupVault>
{
    private const long MaxDays = 36_500;

    public void Check(LogicallyAirGappedBackupVault vault, ValidationContext context)
    {
        var (min, max) = (vault.Props.MinRetention, vault.Props.MaxRetention);
        if (min.IsUnresolved || max.IsUnresolved)
        {
            return; // known at deploy time only
        }

        var minKnown = WholeDays(min, nameof(LogicallyAirGappedBackupVaultProps.MinRetention), vault, context);
        var maxKnown = WholeDays(max, nameof(LogicallyAirGappedBackupVaultProps.MaxRetention), vault, context);
        if (minKnown && min.TotalDays < 7)
        {
            context.Report(AirGappedVaultConstraints.MinRetention, vault, null, nameof(LogicallyAirGappedBackupVaultProps.MinRetention), min);
        }

        var maxInRange = max.TotalDays is >= 1 and <= MaxDays;
        if (maxKnown && !maxInRange)
        {
            context.Report(AirGappedVaultConstraints.MaxRetention, vault, null, nameof(LogicallyAirGappedBackupVaultProps.MaxRetention), max);
        }

        if (minKnown && maxKnown && maxInRange && min > max)
        {
            context.Report(AirGappedVaultConstraints.MinAboveMax, vault, null, nameof(LogicallyAirGappedBackupVaultProps.MinRetention), min, max);
        }
    }

    private static bool WholeDays(Duration value, string property, LogicallyAirGappedBackupVault vault, ValidationContext context)
    {
        if (value.IsWholeDays)
        {
            return true;
        }

        context.Report(ToolConstraints.WholeDays, vault, null, property, property, value);
        return false;
    }
}
