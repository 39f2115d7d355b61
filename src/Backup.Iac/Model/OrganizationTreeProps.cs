namespace Backup.Iac;

/// <summary>
/// What is known about an organization beyond its shape. Every property is optional; a check that needs an unknown
/// fact is skipped.
/// </summary>
public sealed record OrganizationTreeProps
{
    /// <summary>The management account's ID.</summary>
    /// <value>Default: unknown; the checks of where policies and global settings are deployed are skipped.</value>
    public string? ManagementAccountId { get; init; }

    /// <summary>The accounts registered as delegated administrators for AWS Backup (<c>backup.amazonaws.com</c>).</summary>
    /// <value>Default: none.</value>
    public IReadOnlyList<string> DelegatedAdministrators { get; init; } = [];

    /// <summary>Whether the organization has all features enabled (not consolidated billing only).</summary>
    /// <value>Default: unknown.</value>
    public bool? AllFeaturesEnabled { get; init; }

    /// <summary>Whether the <c>BACKUP_POLICY</c> policy type is enabled on the root.</summary>
    /// <value>Default: unknown.</value>
    public bool? BackupPolicyTypeEnabled { get; init; }

    /// <summary>Whether trusted access for AWS Backup is enabled in AWS Organizations.</summary>
    /// <value>Default: unknown.</value>
    public bool? TrustedAccessForBackupEnabled { get; init; }

    /// <summary>Whether "Backup policies" is turned on in the AWS Backup cross-account management settings of the management account.</summary>
    /// <value>Default: unknown.</value>
    public bool? BackupPoliciesEnabled { get; init; }

    /// <summary>Whether "Cross-account monitoring" is turned on in the same settings.</summary>
    /// <value>Default: unknown.</value>
    public bool? CrossAccountMonitoringEnabled { get; init; }
}
