namespace Backup.Iac.Validation;

/// <summary>Restore testing checks: plans (RTP) and selections (RTS).</summary>
internal static class RestoreTestingChecks
{
    public static readonly IReadOnlyList<IValidator<RestoreTestingPlan>> Plans =
    [
    ];

    public static readonly IReadOnlyList<IValidator<RestoreTestingSelection>> Selections =
    [
    ];
}
