namespace Backup.Iac;

/// <summary>Creates a backup index of each recovery point for search (<c>IndexActions</c>); EBS and S3 only.</summary>
/// <param name="ResourceTypes">The resource types to index: <c>EBS</c> or <c>S3</c>.</param>
public sealed record IndexAction(IReadOnlyList<string> ResourceTypes)
{
    /// <summary>Indexes the given resource types.</summary>
    /// <param name="resourceTypes">The types.</param>
    /// <returns>The action.</returns>
    public static IndexAction For(params IReadOnlyList<string> resourceTypes) => new(resourceTypes);
}
