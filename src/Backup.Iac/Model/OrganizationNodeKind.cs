namespace Backup.Iac;

/// <summary>What a node of an <see cref="OrganizationTree"/> is.</summary>
public enum OrganizationNodeKind
{
    /// <summary>The organization's root.</summary>
    Root,

    /// <summary>An organizational unit.</summary>
    OrganizationalUnit,

    /// <summary>A member account (or the management account).</summary>
    Account,
}
