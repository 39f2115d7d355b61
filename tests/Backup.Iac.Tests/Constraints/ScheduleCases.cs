namespace Backup.Iac.Tests.Constraints;

internal static class ScheduleCases
{
    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
    ];
}
