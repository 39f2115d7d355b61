namespace Backup.Iac;

/// <summary>Something a backup policy can be attached to: the organization's root, an organizational unit or an account.</summary>
public interface IPolicyTarget
{
    /// <summary>The ID: <c>r-…</c> for a root, <c>ou-…-…</c> for an organizational unit, 12 digits for an account.</summary>
    string TargetId { get; }
}
