namespace Backup.Iac.Tests.Constraints;

internal static class CopyCases
{
    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
    ];
}
