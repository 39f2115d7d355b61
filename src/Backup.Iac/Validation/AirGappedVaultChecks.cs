namespace Backup.Iac.Validation;

/// <summary>Logically air-gapped vault checks (LAG).</summary>
internal static class AirGappedVaultChecks
{
    public static readonly IReadOnlyList<IValidator<LogicallyAirGappedBackupVault>> All =
    [
        new AirGapped.AirGappedVaultNameIsValid(),
        new AirGapped.AirGappedRetentionBounds(),
        new AirGapped.AirGappedVaultKeyIsKmsKeyArn(),
        new AirGapped.AirGappedVaultIsPermanent(),
        new AirGapped.AirGappedVaultSharedRules(),
    ];
}
