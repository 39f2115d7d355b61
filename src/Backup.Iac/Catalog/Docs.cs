namespace Backup.Iac.Catalog;

/// <summary>Base addresses of the AWS documentation that constraints cite.</summary>
internal static class Docs
{
    public const string DevGuide = "https://docs.aws.amazon.com/aws-backup/latest/devguide/";
    public const string CfnVault = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-backup-backupvault.html";
    public const string CfnPlan = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-backup-backupplan.html";
}
