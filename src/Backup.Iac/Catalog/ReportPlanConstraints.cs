namespace Backup.Iac.Catalog;

/// <summary>AWS Backup Audit Manager report plans (governance catalog RPT): codes BKP5801-BKP5899, a secondary condition +50.</summary>
internal static class ReportPlanConstraints
{
    private const string CreateReportPlan = Docs.DevGuide + "API_CreateReportPlan.html";
    private const string Setting = Docs.DevGuide + "API_ReportSetting.html";
    private const string Delivery = Docs.DevGuide + "API_ReportDeliveryChannel.html";
    private const string Reports = Docs.DevGuide + "working-with-audit-reports.html";

    public static readonly Constraint NamePattern = new(
        "BKP5801", "RPT-001", Severity.Error,
        "Report plan names are 1 to 256 letters, digits and underscores, starting with a letter",
        "ReportPlanName '{0}' {1}. Use 1 to 256 letters, digits and underscores that start with a letter (no hyphen, dot or space), e.g. '{2}'.",
        "DG §CreateReportPlan L25025-25036; §Creating report plans using the AWS Backup console L14984-14985 (full match, GOQ-35)",
        CreateReportPlan);

    public static readonly Constraint Renamed = new(
        "BKP5802", "RPT-002", Severity.Warning,
        "Renaming a report plan replaces it",
        "ReportPlanName changes from '{0}' to '{1}'. The name is create-only: CloudFormation deletes the report plan and creates a new one with a new ARN. Keep the name, or accept the replacement.",
        "DG §UpdateReportPlan L36835-36870; CFN aws-backup-reportplan.json (createOnlyProperties)",
        Docs.DevGuide + "API_UpdateReportPlan.html");

    public static readonly Constraint NameUnique = new(
        "BKP5803", "RPT-003", Severity.Error,
        "Report plan names are unique",
        "ReportPlanName '{0}' is also used by {1} in {2}; creating the second report plan fails (AlreadyExistsException). Give each report plan its own ReportPlanName.",
        "DG §CreateReportPlan L24951-24956",
        CreateReportPlan);

    public static readonly Constraint Description = new(
        "BKP5804", "RPT-004", Severity.Error,
        "A report plan description is 1 to 1,024 characters with some non-blank text",
        "Description {0}. Write 1 to 1,024 characters with at least one that is not a space, or leave Description unset.",
        "DG §CreateReportPlan L25013-25023; §UpdateReportPlan L36896-36904; CFN aws-backup-reportplan.json pattern .*\\S.*",
        CreateReportPlan);

    public static readonly Constraint DeliveryChannelRequired = new(
        "BKP5805", "RPT-005", Severity.Error,
        "A report plan needs a delivery channel",
        "ReportDeliveryChannel is missing; a report plan must say where its reports go. Set ReportDeliveryChannel = ReportDeliveryChannel.ToBucket(\"bucket-name\").",
        "DG §CreateReportPlan L25004-25011; CFN aws-backup-reportplan.json (required)",
        CreateReportPlan);

    public static readonly Constraint BucketName = new(
        "BKP5806", "RPT-006", Severity.Error,
        "Reports are delivered to a bucket given by name",
        "ReportDeliveryChannel.S3BucketName {0}. Give the bucket's name, such as 'audit-reports-111122223333' (not an ARN or an s3:// URL).",
        "DG §ReportDeliveryChannel L43747-43753; §Creating report plans using the AWS Backup console L14970-14972",
        Delivery);

    public static readonly Constraint BucketNamingRules = new(
        "BKP5856", "RPT-006", Severity.Error,
        "The report bucket's name follows the S3 bucket naming rules",
        "ReportDeliveryChannel.S3BucketName '{0}' {1}, so no S3 bucket can have it and reports cannot be delivered. A bucket name is 3 to 63 lowercase letters, digits, dots and hyphens, starts and ends with a letter or digit, and is not an IP address; give the name of the bucket that receives the reports.",
        "DG §ReportDeliveryChannel L43747-43753 (the bucket's name); Amazon S3 general purpose bucket naming rules",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html")
    {
        Why = "AWS Backup delivers reports to an existing S3 bucket named by S3BucketName; a name that breaks the S3 naming rules cannot name any bucket, so the report plan never delivers a report.",
    };

    public static readonly Constraint Formats = new(
        "BKP5808", "RPT-008", Severity.Error,
        "Report formats are CSV and JSON",
        "ReportDeliveryChannel.Formats has {0}; the formats are CSV and JSON. Use ReportFormat.Csv and ReportFormat.Json.",
        "DG §ReportDeliveryChannel L43755-43762; §Creating report plans using the AWS Backup API L15133-15134",
        Delivery)
    {
        TemplateMessage = "ReportDeliveryChannel.Formats has {0}; the formats are CSV and JSON. Use CSV, JSON or both.",
    };

    public static readonly Constraint JsonNotProduced = new(
        "BKP5809", "RPT-009", Severity.Warning,
        "Cross-account and cross-Region reports are CSV only",
        "Formats includes JSON, but the report covers {0}; AWS produces JSON only for a report on the current account and Region, and delivers this one as CSV. Remove ReportFormat.Json, or report on this account and Region only.",
        "DG §Working with audit reports L14679-14681; §Creating report plans using the AWS Backup console L15011-15012; L15168; L15246-15247",
        Reports)
    {
        TemplateMessage = "Formats includes JSON, but the report covers {0}; AWS produces JSON only for a report on the current account and Region, and delivers this one as CSV. Remove JSON from ReportDeliveryChannel.Formats, or report on this account and Region only.",
    };

    public static readonly Constraint SettingRequired = new(
        "BKP5810", "RPT-010", Severity.Error,
        "A report plan needs a report setting",
        "ReportSetting is missing; a report plan must name its template. Set ReportSetting = ReportSetting.BackupJobs() (or another factory of ReportSetting).",
        "DG §CreateReportPlan L25046-25058; CFN aws-backup-reportplan.json (required)",
        CreateReportPlan);

    public static readonly Constraint UnknownTemplate = new(
        "BKP5811", "RPT-011", Severity.Error,
        "Report templates are the six documented templates",
        "ReportTemplate '{0}' is not a report template.{1} Use one of BACKUP_JOB_REPORT, COPY_JOB_REPORT, RESTORE_JOB_REPORT, SCAN_JOB_REPORT, CONTROL_COMPLIANCE_REPORT, RESOURCE_COMPLIANCE_REPORT (the ReportTemplate properties).",
        "DG §ReportSetting L44048-44058; §CreateReportPlan L25050-25053; BOTO ReportSetting.ReportTemplate (SCAN_JOB_REPORT)",
        Setting);

    public static readonly Constraint ComplianceWithoutFrameworks = new(
        "BKP5812", "RPT-012", Severity.Warning,
        "A compliance report should name its frameworks",
        "{0} has no Frameworks; the console asks for one or more frameworks for a compliance report. Pass the frameworks to ReportSetting.{1}(...), or acknowledge this warning for an organization-wide report.",
        "DG §Creating report plans using the AWS Backup console L14989-14996; §CreateReportPlan L25055-25056 (GOQ-12)",
        Setting)
    {
        TemplateMessage = "{0} has no FrameworkArns; the console asks for one or more frameworks for a compliance report. Add the frameworks' ARNs to ReportSetting.FrameworkArns, or acknowledge this warning for an organization-wide report.",
    };

    public static readonly Constraint TooManyFrameworks = new(
        "BKP5813", "RPT-013", Severity.Error,
        "A report plan covers at most 1,000 frameworks",
        "Frameworks has {0} entries; a report plan covers at most 1,000 frameworks (not adjustable). Split the report plan.",
        "DG §Creating report plans using the AWS Backup console L14990; §AWS Backup quotas L20823-20825",
        Docs.DevGuide + "aws-backup-limits.html");

    public static readonly Constraint FrameworksOnJobsReport = new(
        "BKP5814", "RPT-014", Severity.Warning,
        "Jobs reports do not cover frameworks",
        "{0} is a jobs report, but Frameworks has {1} entries; only compliance reports cover frameworks. Remove Frameworks, or use ReportSetting.ControlCompliance(...) or ResourceCompliance(...).",
        "DG §Creating report plans using the AWS Backup API L15128-15130",
        Setting)
    {
        TemplateMessage = "{0} is a jobs report, but FrameworkArns has {1} entries; only compliance reports cover frameworks. Remove FrameworkArns, or use the ReportTemplate CONTROL_COMPLIANCE_REPORT or RESOURCE_COMPLIANCE_REPORT.",
    };

    public static readonly Constraint NotFrameworkArn = new(
        "BKP5815", "RPT-015", Severity.Warning,
        "Report plans cover frameworks by ARN",
        "Frameworks has '{0}', which is not a framework ARN (arn:aws:backup:REGION:ACCOUNT:framework:NAME-ID). Pass the Framework construct, or Framework.FromArn with the framework's ARN.",
        "DG §Turning on resource tracking L13589-13590; §Creating frameworks using the AWS Backup API L13745-13748 (GOQ-15)",
        Setting)
    {
        TemplateMessage = "FrameworkArns has '{0}', which is not a framework ARN (arn:aws:backup:REGION:ACCOUNT:framework:NAME-ID). Use !Ref of an AWS::Backup::Framework of the template (its ARN), or the deployed framework's ARN.",
    };

    public static readonly Constraint FrameworkOfAnotherStack = new(
        "BKP5865", "RPT-015", Severity.Error,
        "A report plan can reference only frameworks of its own stack",
        "Frameworks has {0} of stack '{1}'; a framework's ARN ends in an ID AWS assigns at creation, so another stack cannot write it. Put the report plan in the framework's stack, or pass Framework.FromArn with the deployed ARN.",
        "DG §Turning on resource tracking L13589-13590 (ARN with a generated suffix); Backup.Iac references",
        Setting);

    public static readonly Constraint AccountIds = new(
        "BKP5817", "RPT-017", Severity.Error,
        "Report accounts are account IDs or ROOT",
        "ReportSetting.Accounts has '{0}', which is neither a 12-digit account ID nor ROOT. Give account IDs, or ROOT for every account of the organization.",
        "DG §ReportSetting L44060-44068; §Creating report plans using the AWS Backup API L15178-15179",
        Setting);

    public static readonly Constraint CrossAccountJobsReport = new(
        "BKP5867", "RPT-017", Severity.Info,
        "Cross-account reports are created from the management or a delegated administrator account",
        "{0} covers {1}; only the management account or a delegated administrator account can create cross-account reports. Deploy the stack there, if it is not.",
        "DG §Working with audit reports L14685-14686; §Creating report plans using the AWS Backup console L14966-14967, L15000-15004",
        Reports);

    public static readonly Constraint OrganizationUnitIds = new(
        "BKP5818", "RPT-018", Severity.Warning,
        "Report organizational units are OU IDs",
        "ReportSetting.OrganizationUnits has '{0}', which is not an organizational unit ID (ou-xxxx-yyyyyyyy). Give the OU's ID.",
        "DG §ReportSetting L44085-44091; L15659; OU pattern [NIS]",
        Setting);

    public static readonly Constraint RegionCodes = new(
        "BKP5819", "RPT-019", Severity.Error,
        "Report Regions are Region codes or *",
        "ReportSetting.Regions has '{0}', which is neither a Region code nor the wildcard '*'. Give Region codes such as eu-west-1, or '*' for every Region.",
        "DG §ReportSetting L44093-44099; §Creating report plans using the AWS Backup API L15181",
        Setting);

    public static readonly Constraint AccountsTimesRegions = new(
        "BKP5820", "RPT-020", Severity.Error,
        "A report plan covers at most 300 account-Region pairs",
        "The report covers {0} accounts in {1} Regions, {2} pairs; a report plan covers at most 300 (not adjustable). Split the report plan.",
        "DG §AWS Backup quotas L20827-20831",
        Docs.DevGuide + "aws-backup-limits.html");

    public static readonly Constraint AccountsTimesAllRegions = new(
        "BKP5870", "RPT-020", Severity.Info,
        "A report on every Region for many accounts may exceed 300 account-Region pairs",
        "The report covers {0} accounts in every Region ('*'); with the {1} Regions that have Audit Manager that is {2} pairs, above the 300 a report plan allows. How '*' counts is not documented; list the Regions, or split the accounts.",
        "DG §AWS Backup quotas L20827-20831; §Feature availability by AWS Region L740-1004 (GOQ-14)",
        Docs.DevGuide + "aws-backup-limits.html");

    public static readonly Constraint TooManyReportPlans = new(
        "BKP5821", "RPT-021", Severity.Error,
        "At most 20 report plans per account",
        "This is report plan number {0} of {1} in account {2} (all Regions); the quota is {3} per account. Request a quota increase and declare it in AuditManagerQuotas.ReportPlans, or combine report plans.",
        "DG §Working with audit reports L14688; §AWS Backup quotas L20817-20819",
        Docs.DevGuide + "aws-backup-limits.html");

    public static readonly Constraint CrossAccountComplianceReport = new(
        "BKP5827", "RPT-027", Severity.Info,
        "Organization-wide compliance reports need the management or a delegated administrator account",
        "{0} covers {1}; the console describes compliance reports as single-account, and an AWS sample deploys them organization-wide from the management account. Deploy the stack from the management or a delegated administrator account.",
        "DG §Creating report plans using the AWS Backup console L14989 (GOQ-12); corpus aws-samples backup-recovery-with-aws-backup aws-backup-report-plan.yaml",
        Reports);

    public static IReadOnlyList<Constraint> All { get; } =
    [
        NamePattern, Renamed, NameUnique, Description, DeliveryChannelRequired, BucketName, BucketNamingRules, Formats, JsonNotProduced, SettingRequired,
        UnknownTemplate, ComplianceWithoutFrameworks, TooManyFrameworks, FrameworksOnJobsReport, NotFrameworkArn, FrameworkOfAnotherStack,
        AccountIds, CrossAccountJobsReport, OrganizationUnitIds, RegionCodes, AccountsTimesRegions, AccountsTimesAllRegions, TooManyReportPlans,
        CrossAccountComplianceReport,
    ];
}
