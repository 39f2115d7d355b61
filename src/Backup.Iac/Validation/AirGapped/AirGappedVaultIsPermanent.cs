using Backup.Iac.Catalog;
using Backup.Iac.Graph;

namespace Backup.Iac.Validation.AirGapped;

/// <summary>
/// LAG-005 and LAG-014: a logically air-gapped vault's name, bounds and key are fixed at creation and its compliance
/// lock keeps every recovery point until it expires. A synth cannot see a later change, so LAG-005 is information,
/// once per vault; LAG-014 warns only when the stack would delete the vault (<see cref="RemovalPolicy.Destroy"/>).
/// </summary>
internal sealed class AirGappedVaultIsPermanent : IValidator<LogicallyAirGappedBackupVault>
{
    public void Check(LogicallyAirGappedBackupVault vault, ValidationContext context)
    {
        context.Report(AirGappedVaultConstraints.FixedAtCreation, vault, null, null,
            AirGappedVaults.Describe(vault), vault.Props.MinRetention, vault.Props.MaxRetention);
        if (vault.Props.RemovalPolicy == RemovalPolicy.Destroy)
        {
            context.Report(AirGappedVaultConstraints.RemovalFails, vault, null, nameof(LogicallyAirGappedBackupVaultProps.RemovalPolicy), vault.Props.MaxRetention);
        }
    }
}
