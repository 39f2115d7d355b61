namespace Backup.Iac.Validation;

/// <summary>Selection checks (SEL).</summary>
internal static class SelectionChecks
{
    public static readonly IReadOnlyList<IValidator<BackupSelection>> All =
    [
    ];
}
