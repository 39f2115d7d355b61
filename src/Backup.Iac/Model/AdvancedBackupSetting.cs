namespace Backup.Iac;

/// <summary>Backup options for one resource type (<c>AdvancedBackupSettings</c>).</summary>
/// <param name="ResourceType"><c>EC2</c> (Windows VSS) or <c>S3</c>.</param>
/// <param name="BackupOptions">The options, e.g. <c>WindowsVSS</c> = <c>enabled</c>.</param>
public sealed record AdvancedBackupSetting(string ResourceType, IReadOnlyDictionary<string, string> BackupOptions)
{
    /// <summary>Windows VSS (application-consistent) backups of EC2 Windows instances.</summary>
    /// <param name="enabled">Whether VSS is enabled.</param>
    /// <returns>The setting.</returns>
    public static AdvancedBackupSetting WindowsVss(bool enabled = true) =>
        new("EC2", new Dictionary<string, string> { ["WindowsVSS"] = enabled ? "enabled" : "disabled" });

    /// <summary>S3 backup options: whether ACLs and object tags are backed up (both are by default).</summary>
    /// <param name="backupAcls">Back up ACLs.</param>
    /// <param name="backupObjectTags">Back up object tags.</param>
    /// <returns>The setting.</returns>
    public static AdvancedBackupSetting S3(bool backupAcls = true, bool backupObjectTags = true) =>
        new("S3", new Dictionary<string, string>
        {
            ["BackupACLs"] = backupAcls ? "enabled" : "disabled",
            ["BackupObjectTags"] = backupObjectTags ? "enabled" : "disabled",
        });
}
