namespace Backup.Iac.Tests.Constraints;

internal static class SettingsCases
{
    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
    ];
}
