namespace Backup.Iac.Tests.Constraints;

internal static class IndexCases
{
    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
    ];
}
