using Backup.Iac.Validation.Lifecycles;

namespace Backup.Iac.Validation;

/// <summary>Lifecycle checks of rules and copy actions (LC).</summary>
internal static class LifecycleChecks
{
    public static readonly IReadOnlyList<IValidator<LifecycleSubject>> All =
    [
        new LifecycleDeleteAfterInRange(),
        new LifecycleColdTransitionInRange(),
        new LifecycleColdToDeleteGap(),
        new ColdStorageAppliesToSelection(),
        new ColdTransitionNotTooEarly(),
        new WarmStorageAtLeastAWeek(),
        new ArchiveOptInNeedsColdTransition(),
        new ArchiveOptInNeedsMonthlySchedule(),
        new ArchiveOptInRegionSupported(),
        new DeleteAfterEventNotSet(),
        new WholeDays(),
    ];
}
