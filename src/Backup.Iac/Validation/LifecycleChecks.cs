using Backup.Iac.Validation.Lifecycles;

namespace Backup.Iac.Validation;

/// <summary>Lifecycle checks of rules and copy actions (LC).</summary>
internal static class LifecycleChecks
{
    public static readonly IReadOnlyList<IValidator<LifecycleSubject>> All =
    [
        new LifecycleColdToDeleteGap(),
        new WholeDays(),
    ];
}
