namespace Backup.Iac.Catalog;

/// <summary>Backup selections (SEL): codes BKP3001-BKP3099.</summary>
internal static class SelectionConstraints
{
    private const string ApiSelection = Docs.DevGuide + "API_BackupSelection.html";
    private const string AssignJson = Docs.DevGuide + "assigning-resources-json.html";
    private const string Assigning = Docs.DevGuide + "assigning-resources.html";
    private const string Quotas = Docs.DevGuide + "aws-backup-limits.html";

    public static readonly Constraint NamePattern = new(
        "BKP3002", "SEL-002", Severity.Error,
        "Selection names are 1 to 50 letters, digits, '-', '_' or '.'",
        "The selection name '{0}'{1} does not match ^[a-zA-Z0-9\\-\\_\\.]{{1,50}}$ ({2}). Set SelectionName to 1 to 50 letters, digits, '-', '_' or '.' (no spaces).",
        "DG §BackupSelection L41748-41757; BOTO BackupSelection.SelectionName",
        ApiSelection);

    public static readonly Constraint RoleRequired = new(
        "BKP3003", "SEL-003", Severity.Error,
        "A selection needs an IAM role",
        "Role has an empty RoleArn; AWS Backup needs a role to assume for this selection. Give the role's ARN, or leave Role unset to generate a role with the AWS managed backup policies.",
        "DG §BackupSelection L41739-41746; BOTO BackupSelection.IamRoleArn (required)",
        ApiSelection);

    public static readonly Constraint RoleArnShape = new(
        "BKP3004", "SEL-004", Severity.Warning,
        "The selection role is an IAM role ARN",
        "Role '{0}' does not look like an IAM role ARN ({1}). Use arn:PARTITION:iam::ACCOUNT:role/NAME (20 to 2048 characters), e.g. arn:aws:iam::123456789012:role/BackupRole, or leave Role unset to generate a role.",
        "DG §BackupSelection L41740-41742; §GetHypervisorPropertyMappings (Backup gateway role pattern) L38405-38407",
        ApiSelection);

    public static readonly Constraint DefaultRoleWithoutS3 = new(
        "BKP3005", "SEL-005", Severity.Warning,
        "The default service role cannot back up S3",
        "Role is the AWS Backup default service role, which has only the AWSBackupServiceRolePolicyForBackup and AWSBackupServiceRolePolicyForRestores policies, but Resources[{0}] selects S3 buckets ('{1}'); S3 backups also need AWSBackupServiceRolePolicyForS3Backup (and AWSBackupServiceRolePolicyForS3Restore to restore), or every S3 backup job fails. Attach those policies to the role, or leave Role unset to generate a role that has them.",
        "DG §Assigning resources using the console L3579-3581; §IAM service roles L17641-17643; §Permissions and policies for Amazon S3 backup and restore L6011-6015",
        Docs.DevGuide + "iam-service-roles.html")
    {
        Why = "The default service role is created with the general backup and restore policies only; S3 needs its own managed policies. Without them the selection deploys, but every S3 backup job fails for lack of permissions.",
    };

    public static readonly Constraint ResourcesQuota = new(
        "BKP3006", "SEL-006", Severity.Error,
        "At most 500 plain and 30 wildcard ARNs in Resources",
        "Resources has {0} ARNs {1}; AWS Backup allows at most {2} per selection. Split them across several selections, or select by resource type (a wildcard ARN) or by tag.",
        "DG §BackupSelection L41807-41811; §Quotas on resource assignment L4146-4152",
        ApiSelection);

    public static readonly Constraint NotResourcesQuota = new(
        "BKP3007", "SEL-007", Severity.Error,
        "At most 500 plain and 30 wildcard ARNs in NotResources",
        "NotResources has {0} ARNs {1}; AWS Backup allows at most {2} per selection. Include fewer resources instead (fewer resource types, or tag Conditions), or split the selection.",
        "DG §BackupSelection L41794-41798",
        ApiSelection);

    public static readonly Constraint ConditionsQuota = new(
        "BKP3008", "SEL-008", Severity.Error,
        "At most 30 conditions per selection",
        "Conditions has {0} entries across StringEquals, StringLike, StringNotEquals and StringNotLike; AWS Backup allows at most 30 per selection. Merge conditions with StringLike patterns, or split the selection.",
        "DG §Quotas on resource assignment L4154",
        Quotas);

    public static readonly Constraint TagsQuota = new(
        "BKP3009", "SEL-009", Severity.Error,
        "At most 30 tags per selection",
        "Resources has {0} tag entries (BackupResource.FromTag, written as ListOfTags); AWS Backup allows at most 30 per selection. Use fewer tags (one shared tag, or a StringLike condition), or several selections.",
        "DG §Quotas on resource assignment L4156",
        Quotas)
    {
        TemplateMessage = "ListOfTags has {0} entries; AWS Backup allows at most 30 per selection. Use fewer tags (one shared tag, or a StringLike entry of Conditions), or several selections.",
    };

    public static readonly Constraint ConditionType = new(
        "BKP3010", "SEL-010", Severity.Error,
        "The ConditionType of a tag entry is STRINGEQUALS",
        "The tag entry's ConditionType is '{0}'; the only valid value is STRINGEQUALS. Use STRINGEQUALS (the default), or use Conditions for StringLike, StringNotEquals or StringNotLike matching.",
        "DG §Condition L42117-42127; BOTO ConditionType (enum STRINGEQUALS); cfn-lint E3030",
        Docs.DevGuide + "API_Condition.html");

    public static readonly Constraint ConditionTypeCase = new(
        "BKP3060", "SEL-010", Severity.Warning,
        "Spell the ConditionType of a tag entry STRINGEQUALS",
        "The tag entry's ConditionType is '{0}', which differs from STRINGEQUALS only in case; AWS documents only STRINGEQUALS and cfn-lint rejects other spellings. It is written as STRINGEQUALS; use that spelling, or leave ConditionType unset.",
        "DG §Condition L42125; examples L3456, L3932-3933, L4127; BOTO ConditionType; OQ-012",
        Docs.DevGuide + "API_Condition.html");

    public static readonly Constraint TagIncomplete = new(
        "BKP3011", "SEL-011", Severity.Error,
        "A tag entry needs a key and a value",
        "The tag entry has no {0}; every ListOfTags entry needs a ConditionKey and a ConditionValue. Give the tag key and value, e.g. BackupResource.FromTag(\"backup\", \"daily\").",
        "DG §Condition L42107-42135; BOTO Condition (required members); CFN aws-backup-backupselection.json ConditionResourceType",
        Docs.DevGuide + "API_Condition.html")
    {
        TemplateMessage = "The ListOfTags entry has no {0}; every ListOfTags entry needs a ConditionType, a ConditionKey and a ConditionValue, e.g. {{ConditionType: STRINGEQUALS, ConditionKey: backup, ConditionValue: daily}}.",
    };

    public static readonly Constraint ConditionOperator = new(
        "BKP3012", "SEL-012", Severity.Error,
        "Conditions only support StringEquals, StringLike, StringNotEquals and StringNotLike",
        "Conditions uses the operator '{0}', which AWS Backup does not support (only StringEquals, StringLike, StringNotEquals and StringNotLike, case sensitive). Move its entries to {1}.",
        "DG §BackupSelection L41759-41770; §Conditions L42186-42230",
        Docs.DevGuide + "API_Conditions.html");

    public static readonly Constraint ConditionIncomplete = new(
        "BKP3013", "SEL-013", Severity.Warning,
        "A condition needs a key and a value",
        "The {0} condition has no {1}, so it cannot match as intended. Give both a tag key (aws:ResourceTag/KEY) and a value, or remove the condition.",
        "DG §ConditionParameter L42149-42175",
        Docs.DevGuide + "API_ConditionParameter.html");

    public static readonly Constraint ConditionKeyPrefix = new(
        "BKP3014", "SEL-014", Severity.Warning,
        "Condition keys have the form aws:ResourceTag/KEY",
        "The {0} condition key '{1}' lacks the aws:ResourceTag/ prefix that AWS documents for tag conditions. Use 'aws:ResourceTag/{1}'.",
        "DG §Assigning resources programmatically L3735-3740, L3758-3765; CloudFormation example L4134-4144; OQ-013",
        AssignJson);

    public static readonly Constraint ConditionKeyAtDeploy = new(
        "BKP3070", "SEL-014", Severity.Warning,
        "A condition key chosen at deploy time is not checked",
        "The {0} condition key is chosen at deploy time, so synth cannot check its aws:ResourceTag/ form or what the selection matches; AWS Backup compares tags by their literal keys. Write the tag key literally, e.g. 'aws:ResourceTag/backup', and choose the value at deploy time if you must.",
        "DG §Assigning resources programmatically L3735-3740, L3758-3765; AWS CDK aws-backup: a condition key that is a token throws",
        AssignJson);

    public static readonly Constraint CaseTypo = new(
        "BKP3015", "SEL-015", Severity.Warning,
        "Tag keys and values that differ only by case",
        "{0} differ only by case; AWS Backup matches tags case sensitively, so these are different {1}. If this is a typo, use one spelling.",
        "DG §BackupSelection L41763; §Condition L42101-42103; §Assigning resources using the console L3635-3637",
        ApiSelection);

    public static readonly Constraint WildcardPlacement = new(
        "BKP3016", "SEL-016", Severity.Warning,
        "Wildcards that cannot match as intended",
        "The {0} '{1}' has a '*' that cannot match as intended: {2}. {3}.",
        "DG §Assigning resources programmatically L3690-3691, L3851-3856; §Troubleshooting formatting errors L23246-23248; BOTO BackupSelection.Resources, Conditions.StringLike; OQ-049",
        AssignJson);

    public static readonly Constraint LiteralStar = new(
        "BKP3017", "SEL-017", Severity.Warning,
        "'*' is a literal outside StringLike and StringNotLike",
        "The {0} value '{1}' contains '*', which is a literal character there; only StringLike and StringNotLike treat '*' as a wildcard. Use {2} for a pattern, or remove the '*'.",
        "DG §Conditions L42193-42210 [DERIVED]",
        Docs.DevGuide + "API_Conditions.html");

    public static readonly Constraint Contradiction = new(
        "BKP3018", "SEL-018", Severity.Warning,
        "Conditions that no resource can meet together",
        "Conditions require {0} and {1}, which no resource can meet at once (every condition must match), so this selection selects nothing through its Conditions. Remove one of them, or put them in separate selections.",
        "DG §BackupSelection L41731-41737, L41766-41767 [DERIVED]; OQ-014",
        ApiSelection);

    public static readonly Constraint SelectsEverything = new(
        "BKP3019", "SEL-019", Severity.Warning,
        "A selection of '*' without Conditions assigns every resource",
        "Resources has '*' (BackupResource.All()) and there are no Conditions, so this selection assigns every supported resource type that is opted in for the Region, now and in the future, which can be costly. Name resource types or ARNs, or narrow the selection with Conditions; acknowledge this warning if you mean it.",
        "DG §BackupSelection L41727-41731",
        ApiSelection)
    {
        Why = "AWS Backup then backs up every opted-in resource in the Region, including resources created later, with every rule of the plan.",
        TemplateMessage = "Resources has '*' and there are no Conditions, so this selection assigns every supported resource type that is opted in for the Region, now and in the future, which can be costly. Name resource types or ARNs in Resources, or narrow the selection with Conditions; acknowledge this warning if you mean it.",
    };

    public static readonly Constraint EmptySelection = new(
        "BKP3069", "SEL-019", Severity.Error,
        "A selection must say what it selects",
        "The selection has no Resources and no Conditions{0}, so AWS Backup would select every supported, opted-in resource in the Region. Add Resources (by ARN, type helper or tag) or Conditions; use BackupResource.All() if you really mean every resource.",
        "DG §BackupSelection L41727-41731",
        ApiSelection)
    {
        Why = "AWS accepts an empty selection and then backs up everything it supports. In this API an empty selection is almost always a forgotten Resources list, so it is an error; an explicit BackupResource.All() states the intent (and gets a warning instead).",
        TemplateMessage = "The selection has no Resources, ListOfTags or Conditions{0}, so AWS Backup would select every supported, opted-in resource in the Region. Add Resources (ARNs), ListOfTags or Conditions; use Resources: ['*'] if you really mean every resource.",
    };

    public static readonly Constraint ExclusionWithoutInclusion = new(
        "BKP3020", "SEL-020", Severity.Warning,
        "NotResources without anything to include",
        "NotResources excludes {0} ARN(s), but Resources names nothing to include, so the inclusion is every opted-in resource that meets the Conditions. Add the resource types, ARNs or tags to include to Resources (BackupResource.All() to keep including everything).",
        "DG §Assigning resources using the console L3619-3623",
        Docs.DevGuide + "assigning-resources-console.html")
    {
        TemplateMessage = "NotResources excludes {0} ARN(s), but Resources names nothing to include, so the inclusion is every opted-in resource that meets the Conditions. Add the ARNs to include to Resources (Resources: ['*'] to keep including everything).",
    };

    public static readonly Constraint ArnShape = new(
        "BKP3021", "SEL-021", Severity.Warning,
        "Resources and NotResources hold '*' or ARNs of supported types",
        "The {0} entry '{1}' {2}, so it can never match a resource AWS Backup supports. Use '*' or an ARN of a supported type (ec2 instance or volume, rds, dynamodb, elasticfilesystem, fsx, s3, storagegateway, backup-gateway, redshift, timestream, cloudformation, ssm-sap, eks).",
        "DG examples L3681, L3715, L3753-3754, L3877-3878, L3927-3928; §AWS Backup resource ARNs L17263-17410; BOTO GetSupportedResourceTypesOutput",
        AssignJson);

    public static readonly Constraint TagOnlyFollowsOptIn = new(
        "BKP3022", "SEL-022", Severity.Info,
        "Tag-only selections follow the Region's service opt-in",
        "This selection picks resources by tag only, so the Region's service opt-in applies: resources of types that are not opted in (Region settings) are skipped even when tagged. Opt those types in, or name the resource types or ARNs in Resources.",
        "DG §Assigning resources to a backup plan L3519-3528; §Getting started 1 L2248-2255; §UpdateRegionSettings L36756-36762",
        Assigning);

    public static readonly Constraint IntendedType = new(
        "BKP3023", "SEL-023", Severity.Warning,
        "A typed resource entry selects other types too",
        "The entry built as {0} has the ARN pattern '{1}', which selects {2}, not only {0}. Name the {0} resources one by one, or narrow the selection with tag Conditions.",
        "DG §Assigning resources programmatically L3779-3790, L3886-3893; §Assigning resources using the console L3597-3602; CloudFormation example L4027, L4130-4131",
        AssignJson);

    public static readonly Constraint FsxOntapTags = new(
        "BKP3024", "SEL-024", Severity.Info,
        "FSx for ONTAP is selected by the tags of its volumes",
        "This selection names FSx resources ('{0}') and also selects by tag; for FSx for NetApp ONTAP, tag-based selection looks at the tags of the volumes, not of the file system. Tag the ONTAP volumes.",
        "DG §Assigning resources to a backup plan L3529-3530",
        Assigning);

    public static readonly Constraint ForeignRegion = new(
        "BKP3025", "SEL-025", Severity.Warning,
        "Selections only assign resources in the plan's Region",
        "The ARN '{0}' names the Region {1}, but the stack deploys to {2}; a selection only assigns resources in its plan's Region, so this entry matches nothing. Back up that resource with a plan in a stack for {1}, or use '*' or the stack's Region in the Region field.",
        "BLOG L75; DG §Getting started L2230",
        Assigning);

    public static readonly Constraint RestoreTestResources = new(
        "BKP3027", "SEL-027", Severity.Warning,
        "Backup plans ignore restore-testing resources",
        "{0} targets resources created by restore testing (tagged awsbackup-restore-test, or named awsbackup-restore-test...), which backup plans ignore, so it matches nothing. Remove it.",
        "DG §Restore testing management L12079-12080",
        Docs.DevGuide + "restore-testing.html");

    public static readonly Constraint TagsWidenArns = new(
        "BKP3030", null, Severity.Warning,
        "Tags and ARNs in one selection are ORed",
        "Resources mixes {0} ARN entries with {1} tag entries ({2}); AWS Backup selects every resource that matches any of them (OR), so every resource with {2} is backed up, also outside the ARNs. To back up only the tagged resources among these ARNs, move the tags to Conditions.StringEquals (AND); to mean OR, split them into two selections for clarity.",
        "DG §BackupSelection L41731-41737 (ListOfTags and Resources are ORed; Conditions are ANDed); §Assigning resources programmatically L3772-3778; catalog OQ-014",
        Docs.DevGuide + "API_BackupSelection.html")
    {
        Why = "Users often expect a tag to narrow a list of ARNs; in AWS Backup it widens it. Conditions are the AND form.",
    };

    // ── Generated roles (issue 16): the IAM options of the roles Backup.Iac generates for backup and restore testing
    // selections and backup service roles. The catalog has no rows for them (IAM's own limits), so the codes have no
    // catalog ID except the role-without-policy warning, which is SEL-005's runtime failure.

    private const string CfnRole = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-role.html";
    private const string IamQuotas = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html";

    public static readonly Constraint GeneratedRoleName = new(
        "BKP3081", null, Severity.Error,
        "A generated role's name is 1 to 64 IAM name characters",
        "RoleName '{0}' {1}; IAM role names are 1 to 64 letters, digits and '+=,.@_-'. Use such a name, or leave RoleName unset to let CloudFormation generate one.",
        "CFN aws-iam-role.json RoleName (minLength 1, maxLength 64, pattern ^[\\w+=,.@-]+$); IAM quotas (role name 64 characters) [NIS]",
        IamQuotas)
    {
        Why = "CloudFormation and IAM refuse a role name longer than 64 characters or with other characters, so the stack fails to create the role, and the selection that needs it.",
    };

    public static readonly Constraint GeneratedRoleWithoutPolicies = new(
        "BKP3082", "SEL-005", Severity.Warning,
        "A generated role without any policy cannot back up or restore",
        "The generated role has no policy: DisableDefaultPolicies is true and neither ManagedPolicyArns nor InlinePolicies gives it one, so every {0} job that uses it fails for lack of permissions. Add the policies it needs (ManagedPolicyArns, InlinePolicies), set DisableDefaultPolicies to false, or acknowledge this warning if its permissions are attached elsewhere.",
        "DG §Assigning resources using the console L3579-3581 (the role needs AWSBackupServiceRolePolicyForBackup or equal permissions); §Getting started 2 L2350-2353; RTS-006 for restore testing roles (AWSBackupServiceRolePolicyForRestores)",
        Docs.DevGuide + "iam-service-roles.html")
    {
        Why = "AWS Backup assumes the role for every job of the selection. A role with no permission policy deploys, but every backup (or restore test) job fails; the AWS CDK's disableDefaultBackupPolicy expects the permissions to be added to the role afterwards, which here is ManagedPolicyArns or InlinePolicies.",
    };

    public static readonly Constraint GeneratedRoleOptionsIgnored = new(
        "BKP3083", null, Severity.Warning,
        "GeneratedRole applies only when no Role is given",
        "GeneratedRole sets {0}, but Role is given, so no role is generated and these options are not applied. Remove GeneratedRole, or remove Role to generate a role with these options.",
        "Project rule (issue 16): the options configure the role that Backup.Iac generates when Role is unset",
        Docs.DevGuide + "iam-service-roles.html")
    {
        Why = "A permissions boundary or a policy set on GeneratedRole is silently without effect when the selection uses a role of its own; the options are probably meant for that role.",
    };

    public static readonly Constraint GeneratedRoleInlinePolicy = new(
        "BKP3084", null, Severity.Error,
        "A generated role's inline policies are named and well formed",
        "{0} {1}. An inline policy has a name of 1 to 128 letters, digits and '+=,.@_-', unique in the role, and a JSON document whose statements each have an Effect of Allow or Deny, an Action and a Resource, and no Principal. Fix the policy.",
        "CFN aws-iam-role.json Policies (PolicyName, PolicyDocument required); IAM quotas (policy name 128 characters) and IAM JSON policy elements (identity policies have no Principal) [NIS]",
        CfnRole)
    {
        Why = "IAM refuses an inline policy with an invalid name or document, so the stack fails to create the role.",
    };

    public static readonly Constraint GeneratedRoleManagedPolicy = new(
        "BKP3085", null, Severity.Error,
        "A generated role's managed policies and boundary are managed policy ARNs",
        "{0} '{1}' is not a managed policy ARN ({2}). Use arn:PARTITION:iam::ACCOUNT:policy/NAME, or GeneratedRoleOptions.AwsManagedPolicyArn(\"NAME\") for an AWS managed policy.",
        "CFN aws-iam-role.json ManagedPolicyArns (pattern arn:(aws[a-zA-Z-]*)?:iam::(\\d{12}|aws):policy/..., unique items) and PermissionsBoundary (20 to 2048 characters)",
        CfnRole)
    {
        Why = "CloudFormation refuses a managed policy or permissions boundary that is not a policy ARN (a policy name alone, a role ARN), so the stack fails to create the role.",
    };

    public static readonly Constraint GeneratedRoleNameTaken = new(
        "BKP3086", null, Severity.Error,
        "Role names are unique in an account",
        "RoleName '{0}' is also the name of the role of {1} in account {2}; IAM role names are unique in an account across all Regions (ignoring case), so the second stack fails to create its role. Give each role its own name (for example with the Region in it), or leave RoleName unset.",
        "DG §Getting started (Role names must be unique within your AWS account) L2162-2164; IAM is global [NIS]",
        Docs.DevGuide + "iam-service-roles.html");

    public static readonly Constraint GeneratedRoleManagedPolicyQuota = new(
        "BKP3087", null, Severity.Warning,
        "At most 10 managed policies per role by default, 20 at most",
        "The generated role gets {0} managed policies ({1} by default and {2} from ManagedPolicyArns); IAM allows 10 per role by default and at most 20 after a quota increase. Combine policies into fewer, move permissions into InlinePolicies, or request a quota increase before deploying.",
        "CFN aws-iam-role.json ManagedPolicyArns (maxItems 20); IAM quotas (managed policies per role: 10, adjustable to 20) [NIS]",
        IamQuotas)
    {
        Why = "Above the account's quota, IAM refuses to attach the policy and the stack fails; above 20 no quota increase helps. It is a warning because the account's quota is not known at synth.",
    };

    public static IReadOnlyList<Constraint> All { get; } =
    [
        TagsWidenArns,
        NamePattern, RoleRequired, RoleArnShape, DefaultRoleWithoutS3, ResourcesQuota, NotResourcesQuota, ConditionsQuota,
        TagsQuota, ConditionType, ConditionTypeCase, TagIncomplete, ConditionOperator, ConditionIncomplete, ConditionKeyPrefix, ConditionKeyAtDeploy,
        CaseTypo, WildcardPlacement, LiteralStar, Contradiction, SelectsEverything, EmptySelection, ExclusionWithoutInclusion,
        ArnShape, TagOnlyFollowsOptIn, IntendedType, FsxOntapTags, ForeignRegion, RestoreTestResources,
        GeneratedRoleName, GeneratedRoleWithoutPolicies, GeneratedRoleOptionsIgnored, GeneratedRoleInlinePolicy, GeneratedRoleManagedPolicy,
        GeneratedRoleNameTaken, GeneratedRoleManagedPolicyQuota,
    ];
}
