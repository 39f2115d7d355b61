namespace Backup.Iac.Catalog;

/// <summary>
/// AWS Backup Audit Manager frameworks (governance catalog FW: codes BKP5501-BKP5599, a secondary condition +50),
/// their control scopes (SCOPE: BKP5601-BKP5699) and the prerequisites (PRE: BKP5901-BKP5999).
/// </summary>
internal static class FrameworkConstraints
{
    private const string Frameworks = Docs.DevGuide + "working-with-audit-frameworks.html";
    private const string CreateFramework = Docs.DevGuide + "API_CreateFramework.html";
    private const string Scope = Docs.DevGuide + "API_ControlScope.html";
    private const string Remediation = Docs.DevGuide + "controls-and-remediation.html";
    private const string Tracking = Docs.DevGuide + "turning-on-resource-tracking.html";

    public static readonly Constraint NamePattern = new(
        "BKP5501", "FW-001", Severity.Error,
        "Framework names are 1 to 256 letters, digits and underscores, starting with a letter",
        "FrameworkName '{0}' {1}. Use 1 to 256 letters, digits and underscores that start with a letter (no hyphen, dot or space), e.g. '{2}'.",
        "DG §CreateFramework L24417-24428; §Creating frameworks using the AWS Backup console L13681-13683; §Framework L42812-42816 (full match, GOQ-35)",
        CreateFramework)
    {
        Why = "AWS applies the pattern to the whole name; cfn-lint does not (the schema's pattern is unanchored), so a hyphen passes the linter and fails the deployment.",
    };

    public static readonly Constraint Renamed = new(
        "BKP5503", "FW-003", Severity.Warning,
        "Renaming a framework replaces it",
        "FrameworkName changes from '{0}' to '{1}'. The name is create-only: CloudFormation deletes the framework and creates a new one, with a new ARN and no compliance history; report plans that name the old ARN stop covering it. Keep the name, or accept the replacement.",
        "DG §UpdateFramework L36237-36275; CFN aws-backup-framework.json (createOnlyProperties)",
        Docs.DevGuide + "API_UpdateFramework.html");

    public static readonly Constraint NameUnique = new(
        "BKP5504", "FW-004", Severity.Error,
        "Framework names are unique within an account and Region",
        "FrameworkName '{0}' is also used by {1} in {2}; the second framework fails to deploy. Give each framework its own FrameworkName.",
        "DG §CreateFramework L24417; §Working with audit frameworks L13157",
        CreateFramework);

    public static readonly Constraint Description = new(
        "BKP5505", "FW-005", Severity.Error,
        "A framework description is 1 to 1,024 characters with some non-blank text",
        "Description {0}. Write 1 to 1,024 characters with at least one that is not a space, or leave Description unset.",
        "DG §CreateFramework L24402-24415; §UpdateFramework L36290-36300; BOTO FrameworkDescription pattern .*\\S.* (GOQ-02)",
        CreateFramework);

    public static readonly Constraint ControlsRequired = new(
        "BKP5506", "FW-006", Severity.Error,
        "A framework needs at least one control",
        "Controls is empty; a framework must contain at least one control. Add controls with Controls.BackupResourcesProtectedByBackupPlan() and the other factories of Controls.",
        "DG §CreateFramework L24396-24401; §FrameworkControl L42843-42844",
        CreateFramework);

    public static readonly Constraint Duplicate = new(
        "BKP5507", "FW-007", Severity.Error,
        "Two frameworks of one account and Region may not have the same controls",
        "This framework has the same controls, parameters and scopes as {0} in {1}; AWS rejects a duplicate framework (AlreadyExists). Change a control or a parameter, or remove one of them.",
        "DG §Working with audit frameworks L13157-13159; §Creating frameworks using the AWS Backup console L13699-13701",
        Frameworks);

    public static readonly Constraint DuplicateExceptScopes = new(
        "BKP5557", "FW-007", Severity.Warning,
        "Two frameworks differ only in their control scopes",
        "This framework has the same controls and parameters as {0} in {1}, and differs only in the scopes. The guide calls frameworks with the same controls and parameters duplicates, which AWS rejects; whether it compares scopes is not documented. Change a parameter, or merge the frameworks.",
        "DG §Working with audit frameworks L13157-13159; §Creating frameworks using the AWS Backup console L13699-13701 (GOQ-31)",
        Frameworks);

    public static readonly Constraint TooManyFrameworks = new(
        "BKP5508", "FW-008", Severity.Error,
        "At most 15 frameworks per account and Region",
        "This is framework number {0} of {1} in {2}; the quota is {3} frameworks per account and Region. Request a quota increase and declare it in AuditManagerQuotas.Frameworks, or combine frameworks.",
        "DG §AWS Backup quotas (Audit Manager) L20805-20807 (GOQ-01)",
        Docs.DevGuide + "aws-backup-limits.html");

    public static readonly Constraint MoreThanTenFrameworks = new(
        "BKP5558", "FW-008", Severity.Info,
        "The user guide allows 10 frameworks per account and Region",
        "This is framework number {0} of {1} in {2}; the user guide says at most 10 frameworks per account and Region, the quota table 15. Check the quota of the account, and declare it in AuditManagerQuotas.Frameworks.",
        "DG §Working with audit frameworks L13157-13158 vs §AWS Backup quotas L20805-20807 (GOQ-01)",
        Frameworks);

    public static readonly Constraint TooManyControls = new(
        "BKP5509", "FW-009", Severity.Error,
        "At most 50 controls per account and Region",
        "The frameworks in {0} have {1} controls together (a control used in two frameworks counts twice); the quota is {2} per account and Region. Remove controls, or request a quota increase and declare it in AuditManagerQuotas.Controls.",
        "DG §Controls and remediation L15691-15692; §AWS Backup quotas L20811-20813",
        Docs.DevGuide + "aws-backup-limits.html");

    public static readonly Constraint UnknownControl = new(
        "BKP5510", "FW-010", Severity.Error,
        "Framework controls must be one of the documented controls",
        "ControlName '{0}' is not an AWS Backup Audit Manager control.{1} Use one of the ten documented controls, through the factories of Controls.",
        "DG §FrameworkControl L42846-42852; §Choosing your controls L13199-13357; §Using AWS Backup Audit Manager with AWS CloudFormation L15572-15595",
        Remediation);

    public static readonly Constraint ParameterEntries = new(
        "BKP5511", "FW-011", Severity.Error,
        "Control parameters are name/value pairs, each name once",
        "{0}. Give every parameter a ParameterName and a ParameterValue (CloudFormation requires both), and each name once.",
        "DG §ControlInputParameter L42242-42266; CFN aws-backup-framework.json (ControlInputParameter required, uniqueItems)",
        Docs.DevGuide + "API_ControlInputParameter.html");

    public static readonly Constraint SameControlTwice = new(
        "BKP5561", "FW-011", Severity.Error,
        "A framework lists the same control twice with the same parameters and scope",
        "This control repeats control {0} of the framework: same name, parameters and scope. CloudFormation requires the entries of FrameworkControls to be unique (uniqueItems). Remove one.",
        "CFN aws-backup-framework.json (FrameworkControls uniqueItems); GOQ-32",
        CreateFramework);

    public static readonly Constraint UnknownParameter = new(
        "BKP5512", "FW-012", Severity.Error,
        "A control takes only its documented parameters",
        "{0} has no parameter '{1}'.{2} Its parameters are {3}.",
        "DG §Choosing your controls L13199-13357; §Creating frameworks using the AWS Backup API L13722-13724, L14118-14121; GOQ-06",
        Remediation);

    public static readonly Constraint OtherEnvironments = new(
        "BKP5514", "FW-014", Severity.Info,
        "A framework evaluates only its own account and Region",
        "This framework evaluates only {0}, but {1} backs up resources in {2}, where no framework is deployed. Add a framework to a stack of {2} too.",
        "DG §Working with audit frameworks L13157",
        Frameworks);

    public static readonly Constraint TooManyTags = new(
        "BKP5602", "SCOPE-002", Severity.Error,
        "A control scope has at most one tag",
        "Scope.Tags has {0} tags; a control scope takes one tag key and value. Keep one tag, or split the control into one per tag in separate frameworks.",
        "DG §ControlScope L42315-42317; §Controls and remediation L15708; §Viewing framework compliance status L14618-14619",
        Scope);

    public static readonly Constraint EmptyTagValue = new(
        "BKP5603", "SCOPE-003", Severity.Info,
        "An empty scope tag value works in CloudFormation only",
        "The scope tag '{0}' has an empty value. CloudFormation accepts it (any value of the key), but the console rejects it and the API documents the value as optional; outputs that call the API directly should leave the value out. Set a value to match one value only.",
        "DG §ControlScope L42317-42320",
        Scope);

    public static readonly Constraint ResourceIdCount = new(
        "BKP5605", "SCOPE-005", Severity.Error,
        "ComplianceResourceIds holds 1 to 100 IDs",
        "Scope.ComplianceResourceIds has {0} IDs; when present it must hold 1 to 100. {1}.",
        "DG §ControlScope L42295-42303; BOTO ComplianceResourceIdList min 1 max 100",
        Scope);

    public static readonly Constraint SeveralResourceIds = new(
        "BKP5655", "SCOPE-005", Severity.Warning,
        "A single-resource scope names one resource",
        "Scope.ComplianceResourceIds has {0} IDs; the guide describes it as 'the only' resource of the scope and the console offers one. Use one control per resource, or scope by tag.",
        "DG §ControlScope L42297-42301; §Viewing framework compliance status L14618; §Controls and remediation L15710 (GOQ-03)",
        Scope);

    public static readonly Constraint IdsNeedOneType = new(
        "BKP5606", "SCOPE-006", Severity.Warning,
        "A single-resource scope has exactly one resource type",
        "Scope.ComplianceResourceIds is set with {0} resource types; a single-resource scope is one type and one ID (for example AWS::Backup::BackupVault and a vault name). Use ControlScope.Resource(type, id).",
        "DG §ControlScope L42284-42285; §Creating frameworks using the AWS Backup API L13936-13939, L13984-13987",
        Scope);

    public static readonly Constraint UnknownResourceType = new(
        "BKP5607", "SCOPE-007", Severity.Warning,
        "Scope resource types are AWS Backup resource types",
        "Scope.ComplianceResourceTypes has '{0}', which is not an AWS Backup resource type.{1} Use names such as EC2, EBS, RDS, Aurora, DynamoDB, EFS, FSx, S3 (or AWS::Backup::BackupVault with a vault name).",
        "DG §Creating frameworks using the AWS Backup API L13731-13735, L14190-14194, L14497-14501; §GetSupportedResourceTypes L30646-30676; BOTO (EKS); GOQ-04",
        Scope);

    public static readonly Constraint MixedScopeKinds = new(
        "BKP5609", "SCOPE-009", Severity.Warning,
        "A control scope chooses resources one way",
        "Scope combines a tag with resource types or IDs; the console makes you choose one way (by type, by tag, or one resource), and combining them is not documented. Keep one of them.",
        "DG §Creating frameworks using the AWS Backup console L13686-13687; §Viewing framework compliance status L14618-14620 (GOQ-05)",
        Scope);

    public static readonly Constraint TrackingMissing = new(
        "BKP5901", "PRE-001", Severity.Info,
        "Audit Manager needs AWS Config recording in the framework's account and Region",
        "No resource tracking is declared for {0}; without AWS Config recording the framework evaluates nothing (status INACTIVE). Add stack.AddResourceTracking(...), or declare a recorder managed elsewhere with ManagedElsewhere = true.",
        "DG §AWS Backup Audit Manager L13131-13135; §Turning on resource tracking L13372-13377; FAQ L45",
        Tracking)
    {
        Why = "Frameworks are evaluated by AWS Config rules over recorded configuration items; recording is off by default and billed separately.",
        TemplateMessage = "No resource tracking is declared for {0}; without AWS Config recording the framework evaluates nothing (status INACTIVE). Add an AWS::Config::ConfigurationRecorder and an AWS::Config::DeliveryChannel, or make sure a recorder managed elsewhere records this account and Region.",
    };

    public static readonly Constraint ResourceComplianceNotRecorded = new(
        "BKP5902", "PRE-002", Severity.Warning,
        "Every control needs AWS Config to record resource compliance",
        "ResourceTypes does not include AWS::Config::ResourceCompliance, which records the compliance results of every control. Add it (or set AllSupported).",
        "DG §Choosing your controls L13189-13191; §Turning on resource tracking using the console L13415-13416; L13484-13488",
        Tracking)
    {
        TemplateMessage = "RecordingGroup.ResourceTypes does not include AWS::Config::ResourceCompliance, which records the compliance results of every control. Add it (or set RecordingGroup.AllSupported to true).",
    };

    public static readonly Constraint ControlTypeNotRecorded = new(
        "BKP5903", "PRE-003", Severity.Warning,
        "A control needs the resource type it evaluates recorded",
        "{0} evaluates {1}, but the resource tracking of {2} does not record {3}; the framework is only partially active. Add {3} to ResourceTypes (or set AllSupported).",
        "DG §Choosing your controls table L13199-13357; §Turning on resource tracking L13444-13467, L13484-13488; §Viewing framework compliance status L14575-14585",
        Tracking)
    {
        TemplateMessage = "{0} evaluates {1}, but the AWS Config recorder of {2} does not record {3}; the framework is only partially active. Add {3} to the recorder's RecordingGroup.ResourceTypes (or set RecordingGroup.AllSupported to true).",
    };

    public static readonly Constraint NoDeliveryChannel = new(
        "BKP5905", "PRE-005", Severity.Warning,
        "An AWS Config recorder needs a delivery channel",
        "The stack creates an AWS Config recorder without a delivery channel, so it does not record. Set DeliveryBucketName to a bucket whose policy lets config.amazonaws.com call s3:GetBucketAcl, s3:ListBucket and s3:PutObject, or set ManagedElsewhere if another recorder exists.",
        "DG §Turning on resource tracking using the AWS CLI L13531-13583; template L15321-15560",
        Tracking)
    {
        TemplateMessage = "The template creates an AWS Config recorder without an AWS::Config::DeliveryChannel, so it does not record unless the account and Region have a delivery channel already. Add an AWS::Config::DeliveryChannel to a bucket whose policy lets config.amazonaws.com call s3:GetBucketAcl, s3:ListBucket and s3:PutObject, or leave the recorder to the stack that manages AWS Config.",
    };

    public static readonly Constraint RegionWithoutAuditManager = new(
        "BKP5907", "PRE-007", Severity.Info,
        "AWS Backup Audit Manager is not available in every Region",
        "This {0} deploys to {1}, where the feature table lists no AWS Backup Audit Manager. Deploy it in a Region that has Audit Manager, or check the current Region table.",
        "DG §Feature availability by AWS Region L740-1004 (Appendix A; GOQ-27)",
        Docs.DevGuide + "backup-feature-availability.html");

    public static readonly Constraint UnsupportedResourceType = new(
        "BKP5908", "PRE-008", Severity.Warning,
        "Audit Manager does not evaluate some resource types",
        "Scope.ComplianceResourceTypes has '{0}', which AWS Backup Audit Manager does not support (no Audit Manager entry for Amazon Redshift, AWS CloudFormation stacks or SAP HANA on Amazon EC2). Remove it; the control reports nothing for it.",
        "DG §Feature availability by resource L380-712, footnotes L716-717, L727-728",
        Docs.DevGuide + "backup-feature-availability.html");

    public static IReadOnlyList<Constraint> All { get; } =
    [
        NamePattern, Renamed, NameUnique, Description, ControlsRequired, Duplicate, DuplicateExceptScopes, TooManyFrameworks,
        MoreThanTenFrameworks, TooManyControls, UnknownControl, ParameterEntries, SameControlTwice, UnknownParameter, OtherEnvironments,
        TooManyTags, EmptyTagValue, ResourceIdCount, SeveralResourceIds, IdsNeedOneType, UnknownResourceType, MixedScopeKinds,
        TrackingMissing, ResourceComplianceNotRecorded, ControlTypeNotRecorded, NoDeliveryChannel, RegionWithoutAuditManager, UnsupportedResourceType,
    ];
}
