namespace Backup.Iac;

/// <summary>The account a service-managed StackSet is managed from (<c>CallAs</c>).</summary>
public enum StackSetCallAs
{
    /// <summary>The organization's management account (<c>SELF</c>).</summary>
    Self,

    /// <summary>A delegated administrator account for StackSets (<c>DELEGATED_ADMIN</c>).</summary>
    DelegatedAdmin,
}
