namespace Backup.Iac;

/// <summary>A policy target given by its ID, for organizations not modelled with an <see cref="OrganizationTree"/>.</summary>
/// <param name="TargetId">The ID: <c>r-…</c>, <c>ou-…-…</c> or a 12-digit account ID (validated, ORGP-005); may be a deploy-time value.</param>
public sealed record PolicyTarget(string TargetId) : IPolicyTarget
{
    /// <summary>The organization's root.</summary>
    /// <param name="rootId">The root ID, e.g. <c>r-a1b2</c>.</param>
    /// <returns>The target.</returns>
    public static PolicyTarget Root(string rootId) => new(rootId);

    /// <summary>An organizational unit.</summary>
    /// <param name="ouId">The OU ID, e.g. <c>ou-a1b2-c3d4e5f6</c>.</param>
    /// <returns>The target.</returns>
    public static PolicyTarget OrganizationalUnit(string ouId) => new(ouId);

    /// <summary>An account.</summary>
    /// <param name="accountId">The 12-digit account ID.</param>
    /// <returns>The target.</returns>
    public static PolicyTarget Account(string accountId) => new(accountId);
}
