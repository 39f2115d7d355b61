namespace Backup.Iac.Testing;

/// <summary>One difference between a value and a pattern.</summary>
/// <param name="Path">Where, as a JSON Pointer from the tested value (<c>/BackupPlan/BackupPlanRule/0</c>).</param>
/// <param name="Problem">What was expected and what was found.</param>
public sealed record Mismatch(string Path, string Problem)
{
    /// <inheritdoc/>
    public override string ToString() => (Path.Length == 0 ? "/" : Path) + ": " + Problem;
}
