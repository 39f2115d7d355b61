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
        // RT-003
        Bad("RT-003 a cold transition of Timestream tables names the documentation conflict", "BKP2503",
            () => Selecting(BackupPlanRule.Monthly1Year(), BackupResource.TimestreamTable("metrics", "cpu")), Monthly, "Lifecycle.MoveToColdStorageAfter"),
        Bad("RT-003 a copy's cold transition of Timestream tables names the conflict", "BKP2503",
            () => Selecting(BackupPlanRule.Daily() with
            {
                CopyActions = [new CopyAction { Destination = BackupVault.FromName("copies"), Lifecycle = new Lifecycle { MoveToColdStorageAfter = Duration.Days(10), DeleteAfter = Duration.Days(100) } }],
            }, BackupResource.TimestreamTable("metrics", "cpu")), Copy0, "Lifecycle.MoveToColdStorageAfter"),
        Good("RT-003 Timestream tables kept in warm storage get no conflict note", "BKP2503",
            () => Selecting(BackupPlanRule.Daily(), BackupResource.TimestreamTable("metrics", "cpu"))),
        Good("RT-003 a cold transition in a tag-selected plan gets no conflict note", "BKP2503",
            () => Fixture.WithRule(BackupPlanRule.Monthly1Year())),

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

        // XR-002
        Bad("XR-002 a rule into a vault named outside the app is warned about", "BKP7002",
            () => Fixture.App(s => Fixture.Plan(s, BackupVault.FromName("shared-backups"), BackupPlanRule.Daily())), Daily, "Vault"),
        Bad("XR-002 rules of one plan into the same vault outside the app are warned about once, at the first rule", "BKP7002",
            () => Fixture.App(s => Fixture.Plan(s, BackupVault.FromName("shared-backups"), BackupPlanRule.Daily(), BackupPlanRule.Weekly())), Daily, "Vault"),
        Bad("XR-002 a copy to a vault ARN of the stack's own account and Region is warned about", "BKP7002",
            () => Copies(CopyTo(VaultArn(Fixture.Region, Fixture.Account, "copies"))), Copy0, "Destination"),
        Bad("XR-002 a copy to a vault named outside the app is warned about", "BKP7002",
            () => Copies(CopyAction.To(BackupVault.FromName("copies"), Duration.Days(35))), Copy0, "Destination"),
        Good("XR-002 a rule into a vault of the app given by name is accepted", "BKP7002", () => Fixture.App(s =>
        {
            s.AddVault("Vault", new BackupVaultProps { BackupVaultName = "prod" });
            Fixture.Plan(s, BackupVault.FromName("prod"), BackupPlanRule.Daily());
        })),
        Good("XR-002 a rule into a vault construct is accepted", "BKP7002", () => Fixture.WithRule(BackupPlanRule.Daily())),
        Good("XR-002 a rule into 'Default' is left to VAULT-005", "BKP7002",
            () => Fixture.App(s => Fixture.Plan(s, BackupVault.FromName("Default"), BackupPlanRule.Daily()))),
        Good("XR-002 a copy to another Region gets the reminder, not the warning", "BKP7002",
            () => Copies(CopyTo(VaultArn(Fixture.OtherRegion, Fixture.Account)))),
        Bad("XR-002 a copy to a vault ARN in another Region is noted", "BKP7052",
            () => Copies(CopyTo(VaultArn(Fixture.OtherRegion, Fixture.Account))), Copy0, "Destination"),
        Bad("XR-002 a copy to a vault ARN in another account is noted", "BKP7052",
            () => Copies(CopyTo(VaultArn(Fixture.Region, Fixture.OtherAccount)))),
        Good("XR-002 a copy to a vault of another stack of the app, by ARN, is accepted", "BKP7052", () =>
        {
            var app = new BackupApp();
            app.AddStack("Dr", new BackupStackProps { Account = Fixture.Account, Region = Fixture.OtherRegion })
                .AddVault("DrVault", new BackupVaultProps { BackupVaultName = "dr" });
            var test = app.AddStack("Test", new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region });
            Fixture.Plan(test, test.AddVault("Vault"), BackupPlanRule.Daily() with { CopyActions = [CopyTo(VaultArn(Fixture.OtherRegion, Fixture.Account))] });
            return app;
        }),
        Good("XR-002 a copy to a vault construct of another stack is accepted", "BKP7052", () => ToolCases.TwoStacks(Fixture.Account, Fixture.OtherRegion)),

        // XR-006
        Bad("XR-006 the archive opt-in in a plan that selects EFS but no EBS is warned about", "BKP7006",
            () => Selecting(MonthlyArchive, BackupResource.EfsFileSystem("fs-0123456789abcdef0")), Monthly, "Lifecycle.OptInToArchiveForSupportedResources"),
        Bad("XR-006 a copy's archive opt-in in a plan without EBS is warned about", "BKP7006",
            () => Selecting(BackupPlanRule.Monthly1Year() with
            {
                CopyActions = [new CopyAction { Destination = BackupVault.FromName("copies"), Lifecycle = MonthlyArchive.Lifecycle }],
            }, BackupResource.EfsFileSystem("fs-0123456789abcdef0")),
            "Test/Plan/Rules[Monthly1Year]/CopyActions[0]", "Lifecycle.OptInToArchiveForSupportedResources"),
        Good("XR-006 the archive opt-in in a plan that selects EBS volumes is accepted", "BKP7006",
            () => Selecting(MonthlyArchive, BackupResource.EfsFileSystem("fs-0123456789abcdef0"), BackupResource.EbsVolume("*"))),
        Good("XR-006 the archive opt-in in a tag-selected plan is accepted", "BKP7006", () => Fixture.WithRule(MonthlyArchive)),
        Good("XR-006 a plan with no cold-capable type is left to LC-005", "BKP7006", () => Selecting(MonthlyArchive, BackupResource.RdsInstance("orders"))),

        // XR-007
        Bad("XR-007 cold storage of named DynamoDB tables with advanced backup off is warned about", "BKP7007",
            () => Selecting(BackupPlanRule.Monthly1Year(), new RegionSettingsProps
            {
                ResourceTypeOptInPreference = Map(("DynamoDB", true)),
                ResourceTypeManagementPreference = Map(("DynamoDB", false)),
            }, BackupResource.DynamoDbTable("orders")), Monthly, "Lifecycle.MoveToColdStorageAfter"),
        Bad("XR-007 a cross-Region copy of named DynamoDB tables opted out is warned about", "BKP7007",
            () => Selecting(BackupPlanRule.Daily() with { CopyActions = [CopyTo(VaultArn(Fixture.OtherRegion, Fixture.Account))] },
                OptIn(("DynamoDB", false)), BackupResource.DynamoDbTable("orders")), Daily, "CopyActions"),
        Bad("XR-007 recovery point tags in a tag-selected plan with DynamoDB opted in but not managed are warned about", "BKP7007",
            () => Selecting(BackupPlanRule.Daily() with { RecoveryPointTags = new Dictionary<string, string> { ["team"] = "data" } }, new RegionSettingsProps
            {
                ResourceTypeOptInPreference = Map(("DynamoDB", true)),
                ResourceTypeManagementPreference = Map(("DynamoDB", false)),
            }, BackupResource.FromTag("backup", "true")), Daily, "RecoveryPointTags"),
        Good("XR-007 advanced DynamoDB backup on in both maps is accepted", "BKP7007",
            () => Selecting(BackupPlanRule.Monthly1Year(), new RegionSettingsProps
            {
                ResourceTypeOptInPreference = Map(("DynamoDB", true)),
                ResourceTypeManagementPreference = Map(("DynamoDB", true)),
            }, BackupResource.DynamoDbTable("orders"))),
        Good("XR-007 without Region settings the DynamoDB features are not judged", "BKP7007",
            () => Selecting(BackupPlanRule.Monthly1Year(), BackupResource.DynamoDbTable("orders"))),
        Good("XR-007 a tag-selected plan with DynamoDB's opt-in unknown is not judged", "BKP7007",
            () => Selecting(BackupPlanRule.Monthly1Year(), new RegionSettingsProps { ResourceTypeManagementPreference = Map(("DynamoDB", false)) },
                BackupResource.FromTag("backup", "true"))),
        Good("XR-007 a plan without DynamoDB is not judged", "BKP7007",
            () => Selecting(BackupPlanRule.Monthly1Year(), OptIn(("DynamoDB", false)), BackupResource.EfsFileSystem("fs-0123456789abcdef0"))),

        // XR-009
        Bad("XR-009 continuous and snapshot rules of one plan for a bucket into different vaults are warned about", "BKP7009",
            () => S3OnePlan(sameVault: false, Bucket()), Daily, "Vault"),
        Bad("XR-009 a snapshot plan and a continuous plan for overlapping buckets into different vaults are warned about", "BKP7009", () => Fixture.App(s =>
        {
            var one = s.AddPlan("Plan", new BackupPlanProps { Rules = [ContinuousInto(s.AddVault("Vault"))] });
            one.AddSelection("Sel", new BackupSelectionOptions { Resources = Bucket(), Role = Role });
            var two = s.AddPlan("Plan2", new BackupPlanProps { Rules = [BackupPlanRule.Daily(s.AddVault("Other"))] });
            two.AddSelection("Sel", new BackupSelectionOptions { Resources = [BackupResource.S3Bucket("orders-*")], Role = Role });
        }), "Test/Plan2/Rules[Daily]", "Vault"),
        Bad("XR-009 a plan selecting '*' with continuous and snapshot rules into different vaults is warned about", "BKP7009",
            () => S3OnePlan(sameVault: false, BackupResource.All())),
        Good("XR-009 continuous and snapshot rules into one vault are accepted", "BKP7009", () => S3OnePlan(sameVault: true, Bucket())),
        Good("XR-009 tag selections are not judged", "BKP7009", () => S3OnePlan(sameVault: false, Tagged)),
        Good("XR-009 a '*' selection with S3 opted out is not judged", "BKP7009", () => Fixture.App(s =>
        {
            var plan = s.AddPlan("Plan", new BackupPlanProps
            {
                Vault = s.AddVault("Vault"),
                Rules = [BackupPlanRule.Continuous(Duration.Days(35)), BackupPlanRule.Daily(s.AddVault("Other"))],
            });
            plan.AddSelection("Sel", new BackupSelectionOptions { Resources = [BackupResource.All()], Role = Role });
            s.AddRegionSettings("Region", OptIn(("S3", false)));
        })),
        Good("XR-009 plans for different buckets are accepted", "BKP7009", () => Fixture.App(s =>
        {
            var one = s.AddPlan("Plan", new BackupPlanProps { Rules = [ContinuousInto(s.AddVault("Vault"))] });
            one.AddSelection("Sel", new BackupSelectionOptions { Resources = Bucket("orders-data"), Role = Role });
            var two = s.AddPlan("Plan2", new BackupPlanProps { Rules = [BackupPlanRule.Daily(s.AddVault("Other"))] });
            two.AddSelection("Sel", new BackupSelectionOptions { Resources = Bucket("logs-data"), Role = Role });
        })),

        // XR-010
        Bad("XR-010 two plans with continuous rules for the same bucket are warned about", "BKP7010",
            () => TwoPlans(BackupPlanRule.Continuous(Duration.Days(35)), Bucket(), BackupPlanRule.Continuous(Duration.Days(7)), Bucket()),
            "Test/Plan2/Rules[Continuous]", "EnableContinuousBackup"),
        Bad("XR-010 a continuous '*' plan and a continuous plan naming an RDS instance are warned about", "BKP7010",
            () => TwoPlans(BackupPlanRule.Continuous(Duration.Days(35)), [BackupResource.All()],
                BackupPlanRule.Continuous(Duration.Days(7)), [BackupResource.FromArn($"arn:aws:rds:{Fixture.Region}:{Fixture.Account}:db:orders")])),
        Good("XR-010 continuous plans for different buckets are accepted", "BKP7010",
            () => TwoPlans(BackupPlanRule.Continuous(Duration.Days(35)), Bucket("orders-data"), BackupPlanRule.Continuous(Duration.Days(7)), Bucket("logs-data"))),
        Good("XR-010 a bucket excluded by NotResources is not shared", "BKP7010",
            () => TwoPlans(BackupPlanRule.Continuous(Duration.Days(35)), Bucket(), BackupPlanRule.Continuous(Duration.Days(7)), [BackupResource.S3Bucket("orders-*")],
                ["arn:aws:s3:::orders-data"])),
        Good("XR-010 continuous tag-selected plans are not judged", "BKP7010",
            () => TwoPlans(BackupPlanRule.Continuous(Duration.Days(35)), Tagged, BackupPlanRule.Continuous(Duration.Days(7)), Tagged)),
        Good("XR-010 a continuous plan and a snapshot plan for one bucket are accepted", "BKP7010",
            () => TwoPlans(BackupPlanRule.Continuous(Duration.Days(35)), Bucket(), BackupPlanRule.Daily(), Bucket())),

        // XR-012
        Bad("XR-012 a cross-account copy with cross-account backup disabled is warned about", "BKP7012",
            () => CrossAccount(DrKey, new GlobalSettingsProps { IsCrossAccountBackupEnabled = false }), Copy0, "Destination"),
        Bad("XR-012 a cross-account copy with global settings that do not enable cross-account backup is warned about", "BKP7012",
            () => CrossAccountArn(new GlobalSettingsProps { IsMpaEnabled = true }), Copy0, "Destination"),
        Bad("XR-012 a cross-account copy into a vault with the AWS managed key is an error", "BKP7112",
            () => CrossAccount(null, null), Copy0, "Destination"),
        Bad("XR-012 a cross-account copy into a vault with the aws/backup alias is an error", "BKP7112",
            () => CrossAccount("arn:aws:kms:eu-west-1:444455556666:alias/aws/backup", null)),
        Good("XR-012 a cross-account copy into a vault with a customer managed key is accepted", "BKP7112", () => CrossAccount(DrKey, null)),
        Good("XR-012 a cross-account copy into a vault outside the app is not judged for its key", "BKP7112", () => CrossAccountArn(null)),
        Good("XR-012 a destination with the AWS managed key is BKP7112's, not the global settings'", "BKP7012", () => CrossAccount(null, null)),
        Good("XR-012 cross-account backup enabled and a customer managed destination key are accepted", "BKP7012",
            () => CrossAccount(DrKey, new GlobalSettingsProps { IsCrossAccountBackupEnabled = true })),
        Good("XR-012 without global settings in the app the prerequisite is left to COPY-006", "BKP7012", () => CrossAccountArn(null)),
        Good("XR-012 a same-account copy is not judged", "BKP7012", () => Fixture.App(s =>
        {
            Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily() with { CopyActions = [CopyAction.To(s.AddVault("Copies"), Duration.Days(35))] });
            s.AddGlobalSettings("Global", new GlobalSettingsProps { IsCrossAccountBackupEnabled = false });
        })),

        // XR-013
        Bad("XR-013 a tag selection with EBS opted out is warned about", "BKP7013",
            () => Selecting(BackupPlanRule.Daily(), OptIn(("EBS", false), ("EC2", true)), BackupResource.FromTag("backup", "true")), "Test/Plan/Sel", "Resources"),
        Good("XR-013 a selection by ARN is not judged", "BKP7013",
            () => Selecting(BackupPlanRule.Daily(), OptIn(("EBS", false)), BackupResource.EbsVolume("vol-0123456789abcdef0"))),
        Good("XR-013 a tag selection with every given type opted in is accepted", "BKP7013",
            () => Selecting(BackupPlanRule.Daily(), OptIn(("EBS", true), ("EC2", true)), BackupResource.FromTag("backup", "true"))),

        // XR-014
        Bad("XR-014 a DB cluster ARN with Aurora, Neptune and DocumentDB opted out is warned about", "BKP7014",
            () => Selecting(BackupPlanRule.Daily(), OptIn(("Aurora", false), ("Neptune", false), ("DocumentDB", false)),
                BackupResource.FromArn($"arn:aws:rds:{Fixture.Region}:{Fixture.Account}:cluster:orders")), "Test/Plan/Sel", "Resources[0]"),
        Bad("XR-014 an Aurora cluster with Aurora opted out is warned about", "BKP7014",
            () => Selecting(BackupPlanRule.Daily(), OptIn(("Aurora", false)), BackupResource.AuroraCluster("orders"))),
        Good("XR-014 an Aurora cluster with RDS opted in is accepted (the family shares its opt-in)", "BKP7014",
            () => Selecting(BackupPlanRule.Daily(), OptIn(("Aurora", false), ("RDS", true)), BackupResource.AuroraCluster("orders"))),
        Good("XR-014 an Aurora cluster whose opt-in the settings leave unchanged is not judged", "BKP7014",
            () => Selecting(BackupPlanRule.Daily(), OptIn(("EBS", true)), BackupResource.AuroraCluster("orders"))),
        Good("XR-014 an RDS Multi-AZ cluster does not need the opt-in", "BKP7014",
            () => Selecting(BackupPlanRule.Daily(), OptIn(("Aurora", false), ("Neptune", false), ("DocumentDB", false)), BackupResource.RdsMultiAzCluster("orders"))),

        // XR-015
        Bad("XR-015 Windows VSS in a plan that selects only RDS instances is warned about", "BKP7015", () => Fixture.App(s =>
        {
            var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = s.AddVault("Vault"), Rules = [BackupPlanRule.Daily()], AdvancedBackupSettings = [AdvancedBackupSetting.WindowsVss()] });
            plan.AddSelection("Sel", new BackupSelectionOptions { Resources = [BackupResource.RdsInstance("orders")], Role = Role });
        }), "Test/Plan", "AdvancedBackupSettings[0].BackupOptions.WindowsVSS"),
        Good("XR-015 Windows VSS in a plan that selects EC2 instances is accepted", "BKP7015", () => Fixture.App(s =>
        {
            var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = s.AddVault("Vault"), Rules = [BackupPlanRule.Daily()], AdvancedBackupSettings = [AdvancedBackupSetting.WindowsVss()] });
            plan.AddSelection("Sel", new BackupSelectionOptions { Resources = [BackupResource.Ec2Instance("*")], Role = Role });
        })),
        Good("XR-015 Windows VSS in a tag-selected plan is accepted", "BKP7015",
            () => Fixture.WithPlan(new BackupPlanProps { Rules = [BackupPlanRule.Daily()], AdvancedBackupSettings = [AdvancedBackupSetting.WindowsVss()] })),
        Good("XR-015 Windows VSS disabled is not judged", "BKP7015", () => Fixture.App(s =>
        {
            var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = s.AddVault("Vault"), Rules = [BackupPlanRule.Daily()], AdvancedBackupSettings = [AdvancedBackupSetting.WindowsVss(enabled: false)] });
            plan.AddSelection("Sel", new BackupSelectionOptions { Resources = [BackupResource.RdsInstance("orders")], Role = Role });
        })),

        // XR-021
        Bad("XR-021 two plans backing up the same volume at the same time are warned about", "BKP7021",
            () => TwoPlans(DailyAt(5), Volume(), DailyAt(5, "Nightly"), Volume()), "Test/Plan2/Rules[Nightly]", "Schedule"),
        Bad("XR-021 a '*' plan and a plan naming a volume with overlapping windows are warned about", "BKP7021",
            () => TwoPlans(DailyAt(5), [BackupResource.All()], DailyAt(5, "Nightly") with { Schedule = Schedule.Daily(hour: 5, minute: 30) }, Volume())),
        Good("XR-021 plans for the same volume at different times are accepted", "BKP7021",
            () => TwoPlans(DailyAt(5), Volume(), DailyAt(12, "Noon"), Volume())),
        Good("XR-021 plans for different volumes at the same time are accepted", "BKP7021",
            () => TwoPlans(DailyAt(5), Volume("vol-0123456789abcdef0"), DailyAt(5, "Nightly"), Volume("vol-0fedcba9876543210"))),
        Good("XR-021 tag-selected plans at the same time are not judged", "BKP7021",
            () => TwoPlans(DailyAt(5), Tagged, DailyAt(5, "Nightly"), Tagged)),
    ];
}
