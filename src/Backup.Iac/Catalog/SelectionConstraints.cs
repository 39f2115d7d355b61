namespace Backup.Iac.Catalog;

/// <summary>Backup selections (SEL): codes BKP3001-BKP3099.</summary>
internal static class SelectionConstraints
{
    public static IReadOnlyList<Constraint> All { get; } =
    [
    ];
}
