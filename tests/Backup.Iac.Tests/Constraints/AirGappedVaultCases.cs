namespace Backup.Iac.Tests.Constraints;

internal static class AirGappedVaultCases
{
    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
    ];
}
