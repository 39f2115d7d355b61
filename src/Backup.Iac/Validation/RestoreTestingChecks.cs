using Backup.Iac.Validation.RestoreTesting;

namespace Backup.Iac.Validation;

/// <summary>Restore testing checks: plans (RTP) and selections (RTS), with the cross-resource rows XR-018 to XR-020.</summary>
internal static class RestoreTestingChecks
{
    private static readonly RestoreTestingWindows Windows = new();

    public static readonly IReadOnlyList<IValidator<RestoreTestingPlan>> Plans =
    [
        new RestoreTestingPlanNameIsValid(),
        new RestoreTestingPlanNameIsUnique(),
        new RestoreTestingSchedule(),
        Windows,
        new RecoveryPointSelectionIsValid(),
        new RecoveryPointVaults(),
        new RestoreTestingPlanTags(),
        new RestoreTestingQuotas(),
        new RestoreTestingRegion(),
    ];

    public static readonly IReadOnlyList<IValidator<RestoreTestingSelection>> Selections =
    [
        new RestoreTestingSelectionNameIsValid(),
        new ProtectedResourceTypeIsTestable(),
        new RestoreRoleIsValid(),
        new ProtectedResourceArnsAreValid(),
        new ProtectedResourceConditionsAreValid(),
        Windows,
        new RestoreMetadataOverrideKeys(),
        new RestoreMetadataNeededOverrides(),
        new RestoreTestingVaultCoverage(),
        new ContinuousOnlyRecoveryPoints(),
        new SelectionWindowCoversBackups(),
        Roles.GeneratedRoleChecks.Instance,
    ];
}
