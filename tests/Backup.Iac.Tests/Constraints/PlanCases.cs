namespace Backup.Iac.Tests.Constraints;

internal static class PlanCases
{
    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
    ];
}
