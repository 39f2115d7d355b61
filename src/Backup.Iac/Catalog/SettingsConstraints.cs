namespace Backup.Iac.Catalog;

/// <summary>
/// Global settings (GSET, codes BKP6801-BKP6899), Region settings (RSET, codes BKP6901-BKP6999), the feature-table
/// conflict note (RT-003, BKP2503) and the cross-resource rows of catalog section 16 that use them (XR, BKP7002-BKP7099).
/// </summary>
internal static class SettingsConstraints
{
    private const string GlobalPage = Docs.DevGuide + "API_UpdateGlobalSettings.html";
    private const string RegionPage = Docs.DevGuide + "API_UpdateRegionSettings.html";
    private const string OptInPage = Docs.DevGuide + "assigning-resources.html";
    private const string CrossAccountPage = Docs.DevGuide + "create-cross-account-backup.html";
    private const string ContinuousPage = Docs.DevGuide + "point-in-time-recovery.html";
    private const string FeaturePage = Docs.DevGuide + "backup-feature-availability.html";

    public static readonly Constraint FeatureTableConflict = new(
        "BKP2503", "RT-003", Severity.Info,
        "AWS's documentation disagrees on cold storage for Timestream",
        "The plan's selections name Amazon Timestream tables, and the {0} moves recovery points to cold storage after {1}. AWS's feature table lists no cold storage for Timestream, while its list of lifecycle-capable resources names Timestream; Backup.Iac follows the list and does not report the transition as ignored. Check the current AWS documentation for Timestream cold storage.",
        "DG §Feature availability by resource L369-735 (Timestream L614); §Lifecycle and storage tiers L3287; catalog OQ-015",
        FeaturePage)
    {
        Why = "Feature checks follow catalog table 1.2. Where the table and the prose disagree, the rule says so rather than silently picking one reading.",
    };

    public static readonly Constraint GlobalSettingValue = new(
        "BKP6801", "GSET-001", Severity.Error,
        "Global settings take the strings \"true\" or \"false\"",
        "GlobalSettings.Other sets '{0}' to '{1}'; AWS Backup accepts only the strings \"true\" or \"false\" for it. Use \"true\" or \"false\", or the typed property {2}.",
        "DG §UpdateGlobalSettings L36450-36455; §DescribeGlobalSettings L27479-27482; BOTO UpdateGlobalSettingsInput.GlobalSettings",
        GlobalPage);

    public static readonly Constraint GlobalSettingUnknownKey = new(
        "BKP6851", "GSET-001", Severity.Warning,
        "Global settings have three documented keys",
        "GlobalSettings.Other has the key '{0}', which is not a documented global setting. {1}The documented keys are isCrossAccountBackupEnabled, isMpaEnabled and isDelegatedAdministratorEnabled (case sensitive); prefer the typed properties IsCrossAccountBackupEnabled, IsMpaEnabled and IsDelegatedAdministratorEnabled.",
        "BOTO UpdateGlobalSettingsInput.GlobalSettings; DG §UpdateGlobalSettings L36450-36455",
        GlobalPage);

    public static readonly Constraint GlobalSettingsManagementAccount = new(
        "BKP6802", "GSET-002", Severity.Info,
        "Only the Organizations management account can change global settings",
        "UpdateGlobalSettings succeeds only in the AWS Organizations management account, and {0}, which the model cannot confirm is the management account. Deploy the global settings from the management account.",
        "DG §UpdateGlobalSettings L36426-36429; §DescribeGlobalSettings L27445-27447; §Creating backup copies across AWS accounts L8842-8843",
        GlobalPage)
    {
        Why = "In any other account the call fails, so the deployment of these settings fails. The model has no organization, so this cannot be checked at synth time.",
    };

    public static readonly Constraint CrossAccountDisableDelay = new(
        "BKP6803", "GSET-003", Severity.Info,
        "Cross-account jobs may run for 15 minutes after the feature is disabled",
        "IsCrossAccountBackupEnabled is false. Because of eventual consistency, cross-account backup and copy jobs can still start or complete for up to 15 minutes after cross-account backup is disabled.",
        "DG §Security considerations for cross-account backup L9236-9238",
        CrossAccountPage);

    public static readonly Constraint RegionSettingResourceType = new(
        "BKP6901", "RSET-001", Severity.Error,
        "Region settings are keyed by documented resource types",
        "{0} has the key '{1}', which is not an AWS Backup resource type ({2}). {3}Keys are case-sensitive resource types such as DynamoDB, EFS, FSx or 'Storage Gateway'.",
        "DG §UpdateRegionSettings L36754-36768; §DescribeRegionSettings L28091-28099; §GetSupportedResourceTypes L30644-30684; BOTO UpdateRegionSettingsInput",
        RegionPage);

    public static readonly Constraint AdvancedDynamoDbNeedsOptIn = new(
        "BKP6902", "RSET-002", Severity.Warning,
        "Advanced DynamoDB backup needs DynamoDB in both Region settings maps",
        "ResourceTypeManagementPreference sets DynamoDB to true, but ResourceTypeOptInPreference {0}. Advanced DynamoDB backup is enabled only when DynamoDB is true in both maps. Set ResourceTypeOptInPreference[\"DynamoDB\"] to true.",
        "DG §Enabling advanced DynamoDB backup programmatically L7453-7494; §UpdateRegionSettings L36740-36750; §DescribeRegionSettings L28078-28090",
        Docs.DevGuide + "advanced-ddb-backup.html");

    public static readonly Constraint RegionSettingsScope = new(
        "BKP6903", "RSET-003", Severity.Info,
        "Region settings apply to one account and Region",
        "Service opt-in settings apply to one account and Region, but this stack's {0} not known at synth time, so it is unclear where these settings apply, and other Regions keep their own settings. Set Account and Region on the stack, and configure each Region in its own stack.",
        "DG §Opt in to managing services L1502-1504; §Getting started 1 L2260-2261",
        OptInPage);

    public static readonly Constraint RdsFamilyOptIn = new(
        "BKP6904", "RSET-004", Severity.Warning,
        "RDS, Aurora, Neptune and DocumentDB are opted in the same way",
        "ResourceTypeOptInPreference opts in {0} but opts out {1}. These types share the RDS ARN, so opting one in opts in all of them when they are assigned to a plan; AWS recommends setting all four the same way. Give RDS, Aurora, Neptune and DocumentDB the same value.",
        "DG §Opt in to managing services L1517-1520; §Assigning resources using the console L3597-3602",
        OptInPage);

    public static readonly Constraint ExternalVaultAssumed = new(
        "BKP7002", "XR-002", Severity.Info,
        "A vault outside the app is assumed to exist",
        "{0} '{1}' is not a vault of this app, so Backup.Iac assumes that it exists {2}. AWS Backup does not check this when the plan is created: if the vault is missing or deleted, every {3} fails. Add the vault to the app with AddVault, or make sure it exists before the plan runs.",
        "DG §Delete a backup vault L5235-5237; §Creating a backup policy L16303-16304",
        Docs.DevGuide + "create-a-vault.html")
    {
        Why = "A rule or copy action names its vault; nothing checks at deploy time that the vault exists, and the jobs fail when it does not.",
        TemplateMessage = "{0} '{1}' is not a vault of this template, so it is assumed to exist {2}. AWS Backup does not check this when the plan is created: if the vault is missing or deleted, every {3} fails. Add an AWS::Backup::BackupVault to the template, or make sure the vault exists before the plan runs.",
    };

    public static readonly Constraint ExternalCopyDestinationAssumed = new(
        "BKP7052", "XR-002", Severity.Info,
        "A copy destination in another account or Region is assumed to exist",
        "The copy destination '{0}' is a vault in {1}, outside this stack; Backup.Iac assumes that it exists. If it is missing or deleted, every copy job of this rule fails. Deploy the stack that creates it first.",
        "DG §Delete a backup vault L5235-5237; §Copy a backup L8600-8606",
        Docs.DevGuide + "recov-point-create-a-copy.html")
    {
        Why = "Copying to a vault that another stack or account owns is the normal cross-Region and cross-account pattern, so this is only a reminder (BKP7002 is the warning for vaults expected in the plan's own account and Region).",
    };

    public static readonly Constraint ArchiveOptInWithoutEbs = new(
        "BKP7006", "XR-006", Severity.Warning,
        "The archive opt-in applies only to EBS snapshots",
        "OptInToArchiveForSupportedResources is true, but the plan's selections cannot select EBS volumes (they can select {0}). The archive tier holds only EBS snapshots, so the opt-in has no effect. Remove it, or select EBS volumes.",
        "DG §BackupRuleInput L41656-41659; §Lifecycle and storage tiers L3264-3291; §Lifecycle L43067-43070",
        Docs.DevGuide + "API_Lifecycle.html");

    public static readonly Constraint DynamoDbWithoutAdvancedFeatures = new(
        "BKP7007", "XR-007", Severity.Warning,
        "DynamoDB backups need advanced DynamoDB backup for cold storage, copies and tags",
        "The rule uses {0}, and {1}, but the Region settings turn advanced DynamoDB backup off ({2}). Without it DynamoDB backups get no cold storage, no cross-Region or cross-account copies and no recovery point tags. Set DynamoDB to true in both ResourceTypeOptInPreference and ResourceTypeManagementPreference, or back the tables up with a rule without these features.",
        "DG §Feature availability by resource L636, L695; §Editing an advanced DynamoDB backup L7500-7512; §Copying tags onto backups L8571-8572",
        Docs.DevGuide + "advanced-ddb-backup.html");

    public static readonly Constraint S3ContinuousAndSnapshotVaults = new(
        "BKP7009", "XR-009", Severity.Warning,
        "Continuous and snapshot backups of an S3 bucket go to the same vault",
        "The {0} rule '{1}' backs up into '{2}', and the {3} rule '{4}'{5} backs up into '{6}'; both cover {7}. Continuous and periodic backups of an S3 bucket must reside in the same backup vault. Back both rules up into one vault.",
        "DG §Amazon S3 backups L5865",
        Docs.DevGuide + "s3-backups.html");

    public static readonly Constraint ContinuousInSeveralPlans = new(
        "BKP7010", "XR-010", Severity.Warning,
        "A resource gets continuous backups from one plan only",
        "The continuous rule '{0}' and the continuous rule '{1}' of plan '{2}' both cover {3}. AWS Backup creates a continuous backup only for the first plan it evaluates, and snapshots for the others. Set up continuous backup of a resource in one plan only.",
        "DG §Overlapping continuous backups on the same resource L5807-5809; §Amazon S3 backups L5849-5850",
        ContinuousPage);

    public static readonly Constraint CrossAccountCopySetup = new(
        "BKP7012", "XR-012", Severity.Warning,
        "Cross-account copies need cross-account backup enabled",
        "The copy goes to account {0}, another account than the stack's, but {1}, so the copy jobs fail if these are the management account's settings. {2}.",
        "DG §Creating backup copies across AWS accounts L8776-8797; §Troubleshooting L21128-21131",
        CrossAccountPage);

    public static readonly Constraint CrossAccountManagedKeyDestination = new(
        "BKP7112", "XR-012", Severity.Error,
        "A cross-account copy cannot go into a vault encrypted with the AWS managed key",
        "The copy goes to account {0}, another account than the stack's, but {1}, so every copy job into it fails. {2}.",
        "DG §Creating backup copies across AWS accounts L8834-8856; §Security considerations for cross-account backup L9231-9234",
        CrossAccountPage)
    {
        Why = "The AWS managed key aws/backup of a vault cannot be shared with other accounts, so a recovery point of another account cannot be encrypted with it: the copy job fails.",
    };

    public static readonly Constraint TagSelectionSkipsOptedOutTypes = new(
        "BKP7013", "XR-013", Severity.Warning,
        "Tag-only selections skip types that the Region settings opt out",
        "This selection picks resources by tag only, and the Region settings opt out {0} (ResourceTypeOptInPreference false), so tagged resources of {1} are not backed up. Opt those types in, or name them in Resources by type or ARN.",
        "DG §Assigning resources to a backup plan L3519-3528; §UpdateRegionSettings L36756-36762",
        OptInPage);

    public static readonly Constraint ClusterNeedsOptIn = new(
        "BKP7014", "XR-014", Severity.Warning,
        "Aurora, Neptune and DocumentDB clusters are backed up only when opted in",
        "Resources[{0}] names the DB cluster '{1}', but the Region settings opt out {2} and opt in none of RDS, Aurora, Neptune and DocumentDB. Naming a resource normally overrides the opt-in, but not for Aurora, Neptune and DocumentDB, so the cluster is not backed up. Opt {3} in.",
        "DG §Assigning resources to a backup plan L3522-3525; §Getting started 1 L2251-2252; §Opt in to managing services L1517-1520; catalog OQ-045",
        OptInPage);

    public static readonly Constraint WindowsVssWithoutEc2 = new(
        "BKP7015", "XR-015", Severity.Warning,
        "Windows VSS applies only to EC2 instances",
        "AdvancedBackupSettings[{0}] enables WindowsVSS for EC2, but the plan's selections cannot select EC2 instances (they can select {1}), so the setting has no effect. Remove it, or select the Windows instances.",
        "DG §AdvancedBackupSetting L40805-40809; §Creating Windows VSS backups L8460-8461",
        Docs.DevGuide + "windows-backups.html");

    public static readonly Constraint JobsOverlapAcrossPlans = new(
        "BKP7021", "XR-021", Severity.Warning,
        "One backup job runs per resource at a time",
        "The rule '{0}' ({1}) and the rule '{2}' of plan '{3}' ({4}) have overlapping start windows, and both plans cover {5}. Only one backup or copy job can run per resource at a time (a quota that cannot be raised), so one of the two jobs fails with \"there was a running job for the same resource\". Move one rule's schedule, or back the resource up with one plan.",
        "DG §AWS Backup quotas L20743-20747; §Overlapping backup rules L3179-3183; §Troubleshooting L21124-21126",
        Docs.DevGuide + "aws-backup-limits.html");

    public static IReadOnlyList<Constraint> All { get; } =
    [
        FeatureTableConflict,
        GlobalSettingValue, GlobalSettingUnknownKey, GlobalSettingsManagementAccount, CrossAccountDisableDelay,
        RegionSettingResourceType, AdvancedDynamoDbNeedsOptIn, RegionSettingsScope, RdsFamilyOptIn,
        ExternalVaultAssumed, ExternalCopyDestinationAssumed, ArchiveOptInWithoutEbs, DynamoDbWithoutAdvancedFeatures,
        S3ContinuousAndSnapshotVaults, ContinuousInSeveralPlans, CrossAccountCopySetup, CrossAccountManagedKeyDestination, TagSelectionSkipsOptedOutTypes,
        ClusterNeedsOptIn, WindowsVssWithoutEc2, JobsOverlapAcrossPlans,
    ];
}
