namespace Backup.Iac.Tests.Constraints;

internal static class SelectionCases
{
    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
    ];
}
