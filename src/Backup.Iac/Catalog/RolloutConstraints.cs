namespace Backup.Iac.Catalog;

/// <summary>
/// Organization-wide rollouts on CloudFormation StackSets, checked against the backup policies (project catalog rows
/// ROLL-001..007, codes BKP7060-BKP7066; ROLL-008 is the CloudFormation emitter's BKP8003). No peer makes these checks:
/// they need both the policy and the member blueprint the StackSets deploy.
/// </summary>
internal static class RolloutConstraints
{
    private const string StackSetsOrgs = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-orgs-manage-auto-deployment.html";
    private const string StackSetResource = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudformation-stackset.html";

    public static readonly Constraint PolicyVaultInBlueprint = new(
        "BKP7060", "ROLL-001", Severity.Error,
        "The backup policy's vaults exist in every account and Region its plans reach",
        "The effective backup policy's {0} names the vault '{1}' in {2}, but no member stack that a StackSet deploys there creates a vault of that name{3}, in accounts {4}. AWS Backup does not check; every backup job of the plan fails there. Add the vault to a member stack deployed to those OUs and Regions, or correct the name.",
        "DG §Creating a backup policy L16301-16303 (\"Make sure that the backup vault exists in all your accounts. AWS Backup doesn't check for this.\"), L16322-16323 (\"you must create the vaults and IAM roles yourself\"); §Deploying backup plans across accounts using AWS CloudFormation L16571-16574; ORG-011 applied to StackSet member stacks",
        Orgs.CreatePolicy)
    {
        Why = "A backup policy only names a vault; the member accounts must have it, in every Region of the plan. When the vaults come from a StackSet, the StackSet's OUs and Regions decide which accounts have them.",
    };

    public static readonly Constraint PolicyRoleInBlueprint = new(
        "BKP7061", "ROLL-002", Severity.Error,
        "The backup policy's role exists in every account its selections reach",
        "The effective backup policy's selection {0} names the role '{1}' (iam_role_arn), but no member stack that a StackSet deploys to accounts {2} creates a role with the path '{3}' and the name '{4}'. AWS Backup does not check that the role exists; every backup job of the selection fails. Add a BackupServiceRole with that RoleName and Path to a member stack deployed to those OUs, or correct the ARN.",
        "DG §Creating a backup policy L16309-16319 (\"AWS Backup doesn't validate that the role exists or if the role can be assumed\"), L16322-16323; §Deploying backup plans across accounts using AWS CloudFormation L16571-16574",
        Orgs.CreatePolicy);

    public static readonly Constraint BlueprintLockRefusesPolicyRetention = new(
        "BKP7062", "ROLL-003", Severity.Error,
        "A member vault's lock accepts the retention of every policy rule that backs up into it",
        "The effective backup policy keeps recovery points {0} ({1}) in the vault '{2}', but the lock of {3} accepts only backups kept {4}, so every job into it fails in accounts {5}. Change the policy's delete_after_days, or the lock's MinRetention/MaxRetention.",
        "XR-003 across the policy and the blueprint: DG §PutBackupVaultLockConfiguration L34579-34583, L34599-34603; §Lock a backup vault programmatically L5097-5099, L5109-5111",
        Docs.DevGuide + "vault-lock.html")
    {
        Why = "A vault lock fails backup and copy jobs whose lifecycle keeps recovery points shorter than its minimum or longer than its maximum (a rule that never expires cannot go into a vault with a maximum). The policy sets the lifecycle; the StackSet's member stack sets the lock.",
    };

    public static readonly Constraint NamedRoleInSeveralRegions = new(
        "BKP7063", "ROLL-004", Severity.Error,
        "A named IAM role is deployed from one Region only",
        "The role name '{0}' is fixed, but the StackSet deploys this member stack to {1} Regions ({2}); IAM is global, so in each account the stack instance of every Region but the first fails because the role already exists. Make the name Region-specific (include Aws.Region), or put the role in a member stack deployed to one Region.",
        "CFN AWS::IAM::Role RoleName: \"Naming an IAM resource can cause an unrecoverable error if you reuse the same template in multiple Regions. To prevent this, we recommend using Fn::Join and AWS::Region to create a Region-specific name\"",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-role.html");

    public static readonly Constraint ManagementAccountWithoutVault = new(
        "BKP7064", "ROLL-005", Severity.Warning,
        "A policy that reaches the management account has its vault there",
        "The effective backup policy of the management account {0} backs up into the vault '{1}' in {2}, but service-managed StackSets never deploy to the management account, so no member stack creates the vault there, and no stack of this app for that account and Region does. Add the vault to a stack of the management account in {2}, or attach the policy to the OUs only.",
        "CloudFormation User Guide, StackSets with service-managed permissions: \"StackSets doesn't deploy stack instances to the organization's management account, even if the management account is in your organization or in an OU in your organization\"; DG L16301-16303",
        StackSetsOrgs);

    public static readonly Constraint CentralVaultAdmitsRollout = new(
        "BKP7065", "ROLL-006", Severity.Warning,
        "The central copy vault lets every rollout account copy in",
        "The backup policy copies recovery points of accounts {0} into '{1}', but this vault's access policy does not allow backup:CopyIntoBackupVault for them (neither for the organization, their OUs, nor the accounts); their copy jobs fail. Allow the organization (VaultAccessPolicy.AllowCopyIntoFromOrganization) or the targeted OUs (aws:PrincipalOrgPaths).",
        "DG §Creating backup copies across AWS accounts L8823-8825; L8836-8855 (XAM-004 for every account the StackSets reach)",
        Docs.DevGuide + "create-cross-account-backup.html")
    {
        TemplateMessage = "The backup policy copies recovery points of accounts {0} into '{1}', but this vault's access policy does not allow backup:CopyIntoBackupVault for them (neither for the organization, their OUs, nor the accounts); their copy jobs fail. Allow the organization (Principal: '*' with an aws:PrincipalOrgID condition) or the targeted OUs (aws:PrincipalOrgPaths) in the vault's AccessPolicy.",
    };

    public static readonly Constraint StackSetProps = new(
        "BKP7066", "ROLL-007", Severity.Error,
        "A StackSet's targets and operation preferences are valid",
        "{0}. {1}.",
        "CloudFormation registry schema AWS::CloudFormation::StackSet: OrganizationalUnitId pattern, Regions minItems 1, StackSetName pattern, FailureTolerance*/MaxConcurrent* ranges; OperationPreferences allow a count or a percentage, not both",
        StackSetResource);

    public static IReadOnlyList<Constraint> All { get; } =
        [PolicyVaultInBlueprint, PolicyRoleInBlueprint, BlueprintLockRefusesPolicyRetention, NamedRoleInSeveralRegions, ManagementAccountWithoutVault, CentralVaultAdmitsRollout, StackSetProps];
}
