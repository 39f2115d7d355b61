namespace Backup.Iac.Tests.Constraints;

internal static class RestoreTestingCases
{
    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
    ];
}
