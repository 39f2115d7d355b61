using Backup.Iac.Validation.Copies;
using Backup.Iac.Validation.Vaults;

namespace Backup.Iac.Validation;

/// <summary>Copy action checks (COPY).</summary>
internal static class CopyChecks
{
    public static readonly IReadOnlyList<IValidator<CopySubject>> All =
    [
        new CrossStackVaults(),
        new CopyDestinationRequired(),
        new CopyIntoOwnVault(),
        new CopyDestinationIsVaultArn(),
        new CopyDestinationsDistinct(),
        new CopyExpiresWithSource(),
        new CrossAccountCopyToDefaultVault(),
        new CrossAccountCopyPrerequisites(),
        new CrossAccountCopyKeys(),
        new CrossBoundaryCopyNotCold(),
        new ContinuousBackupCopyIsSnapshot(),
        new RdsFamilyCopyCrossesOneBoundary(),
        new MultiAzClusterNotCopied(),
        new CopyableResourceTypes(),
        new CopyRegionLimits(),
        new ReservedVaultTargets(),
        new AirGapped.CopyRetentionWithinVaultBounds(),
        new AirGapped.AirGappedCopySourceKey(),
    ];
}
