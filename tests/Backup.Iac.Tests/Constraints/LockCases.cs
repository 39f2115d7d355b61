namespace Backup.Iac.Tests.Constraints;

internal static class LockCases
{
    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
    ];
}
