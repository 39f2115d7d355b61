namespace Backup.Iac.Tests.Constraints;

internal static class RuleCases
{
    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
    ];
}
