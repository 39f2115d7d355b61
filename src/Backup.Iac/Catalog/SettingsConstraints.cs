namespace Backup.Iac.Catalog;

/// <summary>
/// Global settings (GSET, codes BKP6801-BKP6899) and Region settings (RSET, codes BKP6901-BKP6999).
/// </summary>
internal static class SettingsConstraints
{
    private const string GlobalPage = Docs.DevGuide + "API_UpdateGlobalSettings.html";
    private const string RegionPage = Docs.DevGuide + "API_UpdateRegionSettings.html";
    private const string OptInPage = Docs.DevGuide + "assigning-resources.html";
    private const string CrossAccountPage = Docs.DevGuide + "create-cross-account-backup.html";

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
        "BKP6802", "GSET-002", Severity.Warning,
        "Only the Organizations management account can change global settings",
        "UpdateGlobalSettings succeeds only in the AWS Organizations management account, and {0}, which the model cannot confirm is the management account. Deploy the global settings from the management account, or acknowledge this warning once you have checked it.",
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
        "BKP6903", "RSET-003", Severity.Warning,
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

    public static IReadOnlyList<Constraint> All { get; } =
    [
        GlobalSettingValue, GlobalSettingUnknownKey, GlobalSettingsManagementAccount, CrossAccountDisableDelay,
        RegionSettingResourceType, AdvancedDynamoDbNeedsOptIn, RegionSettingsScope, RdsFamilyOptIn,
    ];
}
