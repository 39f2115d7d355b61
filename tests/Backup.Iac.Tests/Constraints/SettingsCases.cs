using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

/// <summary>Global settings (GSET), Region settings (RSET), RT-003 and the cross-resource rows that use them (XR).</summary>
internal static class SettingsCases
{
    private const string Global = "Test/Global";
    private const string Region = "Test/Region";
    private const string Daily = "Test/Plan/Rules[Daily]";
    private const string Copy0 = "Test/Plan/Rules[Daily]/CopyActions[0]";
    private const string Monthly = "Test/Plan/Rules[Monthly1Year]";
    private const string S3Arn = "arn:aws:s3:::orders-data";

    private static BackupRole Role => BackupRole.FromArn(Fixture.RoleArn);

    /// <summary>A stack with a daily plan (tag selection) and the global settings <c>Global</c>.</summary>
    private static BackupApp WithGlobal(GlobalSettingsProps props, string? account = Fixture.Account) => Fixture.App(s =>
    {
        Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily());
        s.AddGlobalSettings("Global", props);
    }, account: account);

    private static GlobalSettingsProps Other(string key, string value) => new() { Other = new Dictionary<string, string> { [key] = value } };

    /// <summary>A stack with a daily plan (tag selection) and the Region settings <c>Region</c>.</summary>
    private static BackupApp WithRegion(RegionSettingsProps props, string? account = Fixture.Account, string? region = Fixture.Region) => Fixture.App(s =>
    {
        Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily());
        s.AddRegionSettings("Region", props);
    }, account, region);

    private static Dictionary<string, bool> Map(params (string Type, bool Value)[] entries) => entries.ToDictionary(e => e.Type, e => e.Value);

    private static RegionSettingsProps OptIn(params (string Type, bool Value)[] entries) => new() { ResourceTypeOptInPreference = Map(entries) };

    /// <summary>A plan with the rules whose only selection <c>Sel</c> is <paramref name="resources"/>, and optional Region settings.</summary>
    private static BackupApp Selecting(BackupPlanRule[] rules, RegionSettingsProps? settings, params BackupResource[] resources) => Fixture.App(s =>
    {
        var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = s.AddVault("Vault"), Rules = rules });
        plan.AddSelection("Sel", new BackupSelectionOptions { Resources = resources, Role = Role });
        if (settings is not null)
        {
            s.AddRegionSettings("Region", settings);
        }
    });

    private static BackupApp Selecting(BackupPlanRule rule, params BackupResource[] resources) => Selecting([rule], null, resources);

    private static BackupApp Selecting(BackupPlanRule rule, RegionSettingsProps settings, params BackupResource[] resources) => Selecting([rule], settings, resources);

    private static BackupPlanRule MonthlyArchive => BackupPlanRule.Monthly1Year() with
    {
        Lifecycle = new Lifecycle { MoveToColdStorageAfter = Duration.Days(30), DeleteAfter = Duration.Days(365), OptInToArchiveForSupportedResources = true },
    };

    private static CopyAction CopyTo(string arn) => CopyAction.To(BackupVault.FromArn(arn), Duration.Days(35));

    private static string VaultArn(string region, string account, string name = "dr") => $"arn:aws:backup:{region}:{account}:backup-vault:{name}";

    /// <summary>A daily rule with the copies, in a plan with a tag selection.</summary>
    private static BackupApp Copies(params CopyAction[] copies) =>
        Fixture.App(s => Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily() with { CopyActions = copies }));

    /// <summary>
    /// Two stacks: <c>Test</c> copies into the vault <c>dr</c> of stack <c>Dr</c> (another account, same Region), and
    /// <c>Dr</c> has the global settings, when given.
    /// </summary>
    private static BackupApp CrossAccount(string? drKey, GlobalSettingsProps? global)
    {
        var app = new BackupApp();
        var dr = app.AddStack("Dr", new BackupStackProps { Account = Fixture.OtherAccount, Region = Fixture.Region });
        var drVault = dr.AddVault("DrVault", new BackupVaultProps { BackupVaultName = "dr", EncryptionKeyArn = drKey });
        if (global is not null)
        {
            dr.AddGlobalSettings("Global", global);
        }

        var test = app.AddStack("Test", new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region });
        Fixture.Plan(test, test.AddVault("Vault"), BackupPlanRule.Daily() with { CopyActions = [CopyAction.To(drVault, Duration.Days(35))] });
        return app;
    }

    private const string DrKey = "arn:aws:kms:eu-west-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    /// <summary>A copy to another account's vault <c>dr</c> (by ARN), with global settings in the stack when given.</summary>
    private static BackupApp CrossAccountArn(GlobalSettingsProps? global) => Fixture.App(s =>
    {
        Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily() with { CopyActions = [CopyTo(VaultArn(Fixture.Region, Fixture.OtherAccount))] });
        if (global is not null)
        {
            s.AddGlobalSettings("Global", global);
        }
    });

    /// <summary>Two plans in stack <c>Test</c>: <c>Plan</c> and <c>Plan2</c>, each with its rule and its one selection.</summary>
    private static BackupApp TwoPlans(BackupPlanRule first, BackupResource[] firstResources, BackupPlanRule second, BackupResource[] secondResources,
        IReadOnlyList<string>? secondNotResources = null) => Fixture.App(s =>
    {
        var vault = s.AddVault("Vault");
        var one = s.AddPlan("Plan", new BackupPlanProps { Vault = vault, Rules = [first] });
        one.AddSelection("Sel", new BackupSelectionOptions { Resources = firstResources, Role = Role });
        var two = s.AddPlan("Plan2", new BackupPlanProps { Vault = vault, Rules = [second] });
        two.AddSelection("Sel", new BackupSelectionOptions { Resources = secondResources, NotResources = secondNotResources ?? [], Role = Role });
    });

    /// <summary>A plan selecting <paramref name="resources"/> with a continuous rule into <c>Vault</c> and a daily rule into <c>Vault</c> or <c>other</c>.</summary>
    private static BackupApp S3OnePlan(bool sameVault, params BackupResource[] resources) => Fixture.App(s =>
    {
        var vault = s.AddVault("Vault");
        var daily = sameVault ? vault : s.AddVault("Other", new BackupVaultProps { BackupVaultName = "other" });
        var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = vault, Rules = [BackupPlanRule.Continuous(Duration.Days(35)), BackupPlanRule.Daily(daily)] });
        plan.AddSelection("Sel", new BackupSelectionOptions { Resources = resources, Role = Role });
    });

    private static BackupPlanRule ContinuousInto(IBackupVault vault) => BackupPlanRule.Continuous(Duration.Days(35), vault);

    private static BackupResource[] Bucket(string name = "orders-data") => [BackupResource.FromArn("arn:aws:s3:::" + name)];

    private static BackupResource[] Tagged => [BackupResource.FromTag("backup", "true")];

    private static BackupResource[] Volume(string id = "vol-0123456789abcdef0") =>
        [BackupResource.FromArn($"arn:aws:ec2:{Fixture.Region}:{Fixture.Account}:volume/{id}")];

    private static BackupPlanRule DailyAt(int hour, string name = "Daily") => BackupPlanRule.Daily() with
    {
        RuleName = name,
        Schedule = Schedule.Daily(hour: hour),
        StartWindow = Duration.Hours(1),
        CompletionWindow = Duration.Hours(8),
    };

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        // GSET-001
        Bad("GSET-001 isMpaEnabled set to 'yes' is rejected", "BKP6801", () => WithGlobal(Other("isMpaEnabled", "yes")), Global, "Other[\"isMpaEnabled\"]"),
        Bad("GSET-001 isCrossAccountBackupEnabled set to 'True' is rejected", "BKP6801", () => WithGlobal(Other("isCrossAccountBackupEnabled", "True"))),
        Good("GSET-001 isMpaEnabled set to 'false' is accepted", "BKP6801", () => WithGlobal(Other("isMpaEnabled", "false"))),
        Good("GSET-001 a value known only at deploy time is not checked", "BKP6801",
            () => WithGlobal(Other("isDelegatedAdministratorEnabled", new StackParameter("Delegated").Value))),
        Bad("GSET-001 a key differing from a documented one in case is warned about", "BKP6851",
            () => WithGlobal(Other("IsCrossAccountBackupEnabled", "true")), Global, "Other[\"IsCrossAccountBackupEnabled\"]"),
        Bad("GSET-001 an undocumented key is warned about", "BKP6851", () => WithGlobal(Other("isBackupAuditEnabled", "true"))),
        Good("GSET-001 a documented key gets no unknown-key warning", "BKP6851", () => WithGlobal(Other("isDelegatedAdministratorEnabled", "true"))),
        Good("GSET-001 the typed properties get no unknown-key warning", "BKP6851",
            () => WithGlobal(new GlobalSettingsProps { IsCrossAccountBackupEnabled = true, IsMpaEnabled = false })),

        // GSET-002
        Bad("GSET-002 global settings cannot be checked to deploy to the management account", "BKP6802",
            () => WithGlobal(new GlobalSettingsProps { IsCrossAccountBackupEnabled = true }), Global),
        Bad("GSET-002 global settings in a stack with an unknown account are warned about", "BKP6802",
            () => WithGlobal(new GlobalSettingsProps { IsCrossAccountBackupEnabled = true }, account: null), Global),
        Good("GSET-002 a stack without global settings gets no management-account warning", "BKP6802", () => Fixture.WithRule(BackupPlanRule.Daily())),

        // GSET-003
        Bad("GSET-003 disabling cross-account backup notes the 15-minute delay", "BKP6803",
            () => WithGlobal(new GlobalSettingsProps { IsCrossAccountBackupEnabled = false }), Global, "IsCrossAccountBackupEnabled"),
        Bad("GSET-003 disabling cross-account backup through Other notes the delay", "BKP6803",
            () => WithGlobal(Other("isCrossAccountBackupEnabled", "false")), Global, "Other[\"isCrossAccountBackupEnabled\"]"),
        Good("GSET-003 enabling cross-account backup gets no note", "BKP6803", () => WithGlobal(new GlobalSettingsProps { IsCrossAccountBackupEnabled = true })),
        Good("GSET-003 global settings that leave cross-account backup unchanged get no note", "BKP6803",
            () => WithGlobal(new GlobalSettingsProps { IsMpaEnabled = true })),

        // RSET-001
        Bad("RSET-001 an opt-in key that is no resource type is rejected", "BKP6901",
            () => WithRegion(OptIn(("Dynamo", true))), Region, "ResourceTypeOptInPreference[\"Dynamo\"]"),
        Bad("RSET-001 an opt-in key in the wrong case is rejected", "BKP6901", () => WithRegion(OptIn(("dynamodb", true)))),
        Bad("RSET-001 a key with a space that is no documented name is rejected", "BKP6901", () => WithRegion(OptIn(("Elastic Block Store", false)))),
        Bad("RSET-001 a management key that is no resource type is rejected", "BKP6901",
            () => WithRegion(new RegionSettingsProps { ResourceTypeManagementPreference = Map(("DDB", true)) }), Region, "ResourceTypeManagementPreference[\"DDB\"]"),
        Good("RSET-001 documented names with spaces and the seed spelling FSX are accepted", "BKP6901",
            () => WithRegion(OptIn(("Storage Gateway", true), ("SAP HANA on Amazon EC2", true), ("FSX", true), ("EBS", true)))),

        // RSET-002
        Bad("RSET-002 DynamoDB management without an opt-in is warned about", "BKP6902",
            () => WithRegion(new RegionSettingsProps { ResourceTypeManagementPreference = Map(("DynamoDB", true)) }), Region, "ResourceTypeManagementPreference[\"DynamoDB\"]"),
        Bad("RSET-002 DynamoDB management with the opt-in false is warned about", "BKP6902",
            () => WithRegion(new RegionSettingsProps { ResourceTypeOptInPreference = Map(("DynamoDB", false)), ResourceTypeManagementPreference = Map(("DynamoDB", true)) })),
        Good("RSET-002 DynamoDB true in both maps is accepted", "BKP6902",
            () => WithRegion(new RegionSettingsProps { ResourceTypeOptInPreference = Map(("DynamoDB", true)), ResourceTypeManagementPreference = Map(("DynamoDB", true)) })),
        Good("RSET-002 the opt-in may come from other Region settings of the same stack", "BKP6902", () => Fixture.App(s =>
        {
            Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily());
            s.AddRegionSettings("Region", new RegionSettingsProps { ResourceTypeManagementPreference = Map(("DynamoDB", true)) });
            s.AddRegionSettings("OptIn", OptIn(("DynamoDB", true)));
        })),
        Good("RSET-002 EFS management alone is accepted", "BKP6902",
            () => WithRegion(new RegionSettingsProps { ResourceTypeManagementPreference = Map(("EFS", true)) })),

        // RSET-003
        Bad("RSET-003 Region settings in a stack without a Region are warned about", "BKP6903",
            () => WithRegion(OptIn(("EBS", true)), region: null), Region),
        Bad("RSET-003 Region settings in a stack without an account are warned about", "BKP6903",
            () => WithRegion(OptIn(("EBS", true)), account: null)),
        Good("RSET-003 Region settings in a stack with a known account and Region are accepted", "BKP6903", () => WithRegion(OptIn(("EBS", true)))),

        // RSET-004
        Bad("RSET-004 RDS opted in and Aurora opted out is warned about", "BKP6904",
            () => WithRegion(OptIn(("RDS", true), ("Aurora", false))), Region, "ResourceTypeOptInPreference"),
        Good("RSET-004 RDS, Aurora, Neptune and DocumentDB all opted in are accepted", "BKP6904",
            () => WithRegion(OptIn(("RDS", true), ("Aurora", true), ("Neptune", true), ("DocumentDB", true)))),
        Good("RSET-004 only Aurora given (the others unchanged) is not judged", "BKP6904", () => WithRegion(OptIn(("Aurora", true)))),

    ];
}
