namespace Backup.Iac;

/// <summary>The effect of a policy statement.</summary>
public enum PolicyEffect
{
    /// <summary>Allows the actions.</summary>
    Allow,

    /// <summary>Denies the actions.</summary>
    Deny,
}
