namespace Backup.Iac.Catalog;

/// <summary>AWS Organizations documentation pages that the backup policy rules cite.</summary>
internal static class Orgs
{
    public const string Syntax = "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_backup_syntax.html";
    public const string Operators = "https://docs.aws.amazon.com/organizations/latest/userguide/policy-operators.html";
    public const string CreatePolicy = "https://docs.aws.amazon.com/aws-backup/latest/devguide/manage-cross-account.html";
    public const string CfnPolicy = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-organizations-policy.html";
    public const string Quotas = "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html";
    public const string CrossAccount = "https://docs.aws.amazon.com/aws-backup/latest/devguide/manage-cross-account.html";
}
