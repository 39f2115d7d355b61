using System.Text.Json.Nodes;
using Amazon.CDK;
using Amazon.CDK.CXAPI;
using Backup.Iac.Graph;

namespace Backup.Iac.Cdk.Tests;

/// <summary>
/// One CDK app, synthesized once for all the tests that read it: the quick start and the air-gapped example each in
/// a CDK stack of their own, the multi-stack Compliance and Organization examples with a CDK stack per Backup.Iac
/// stack, the CdkApp example's stack (built by the example's own code), and a stack of what the examples do not use
/// (legal holds, tiering, settings, scans, indexes, advanced settings).
/// </summary>
public sealed class ExamplesFixture : IDisposable
{
    public ExamplesFixture()
    {
        Outdir = Directory.CreateTempSubdirectory("backup-iac-cdk-examples-").FullName;
        var app = new App(new AppProps { Outdir = Outdir });
        QuickStart = Mount(app, "QuickStart", global::QuickStart.QuickStartEstate.Build());
        AirGapped = Mount(app, "AirGappedRecovery", global::AirGappedRecovery.AirGappedRecoveryEstate.Build());
        More = Mount(app, "More", MoreModel());
        Compliance = MountAll(app, "Compliance", global::Compliance.ComplianceEstate.Build());
        Organization = MountAll(app, "Organization", global::Organization.OrganizationEstate.Build());
        OrgRollout = MountAll(app, "OrgRollout", global::OrgRollout.OrgRolloutEstate.Build());
        CdkApp = global::CdkApp.ProdApp.Build(app);
        Assembly = app.Synth();
    }

    public string Outdir { get; }

    public CloudAssembly Assembly { get; }

    public BackupEstate QuickStart { get; }

    public BackupEstate AirGapped { get; }

    public BackupEstate More { get; }

    public BackupEstate CdkApp { get; }

    /// <summary>The Compliance example's estates, one per Backup.Iac stack, in the model's order.</summary>
    public IReadOnlyList<BackupEstate> Compliance { get; }

    /// <summary>The Organization example's estates, one per Backup.Iac stack, in the model's order.</summary>
    public IReadOnlyList<BackupEstate> Organization { get; }

    /// <summary>The OrgRollout example's estates (management stack with the StackSets, member stacks, DR account), in the model's order.</summary>
    public IReadOnlyList<BackupEstate> OrgRollout { get; }

    public JsonObject TemplateOf(BackupEstate estate) => Templates.Cdk(Assembly, Stack.Of(estate));

    public void Dispose() => Directory.Delete(Outdir, recursive: true);

    /// <summary>What the examples do not show: legal holds, tiering, settings (not expressible), scans, indexes, VSS, parameters in numbers.</summary>
    public static BackupApp MoreModel()
    {
        var app = new BackupApp();
        var s = app.AddStack("More", new BackupStackProps { Account = "111122223333", Region = "eu-west-1" });
        var vault = s.AddVault("Vault", new BackupVaultProps
        {
            BackupVaultName = "s3-backups",
            RemovalPolicy = Graph.RemovalPolicy.Destroy,
            AccessPolicy = VaultAccessPolicy.FromJson("""{"Version":"2012-10-17","Statement":[{"Sid":"NoDeletes","Effect":"Deny","Principal":{"AWS":"*"},"Action":"backup:DeleteRecoveryPoint","Resource":"*"}]}"""),
        });
        var plan = s.AddPlan("Plan", new BackupPlanProps
        {
            Vault = vault,
            Rules =
            [
                BackupPlanRule.Daily() with
                {
                    IndexActions = [IndexAction.For("EBS")],
                    ScanActions = [ScanAction.GuardDuty()],
                    RecoveryPointTags = new Dictionary<string, string> { ["b"] = "1", ["B"] = "2" },
                    EnableContinuousBackup = true,
                },
            ],
            AdvancedBackupSettings = [AdvancedBackupSetting.WindowsVss()],
            ScanSettings = [new ScanSetting("GUARDDUTY", ["EBS"], "arn:aws:iam::111122223333:role/scanner")],
            Tags = new Dictionary<string, string> { ["team"] = "platform" },
        });
        plan.AddSelection("Volumes", new BackupSelectionOptions
        {
            Resources = [BackupResource.EbsVolume("*"), BackupResource.S3Bucket("data-*")],
            Conditions = new SelectionConditions
            {
                StringEquals = [new ConditionParameter("aws:ResourceTag/backup", "daily")],
                StringNotLike = [new ConditionParameter("aws:ResourceTag/env", "dev*")],
            },
        });
        s.AddLegalHold("Hold", new LegalHoldProps
        {
            Title = "Case 42",
            Description = "Keep the recovery points of the audit period.",
            VaultNames = ["s3-backups"],
            FromDate = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            ToDate = new DateTimeOffset(2026, 3, 31, 23, 59, 59, TimeSpan.Zero),
            Tags = new Dictionary<string, string> { ["case"] = "42", ["Audit"] = "yes" },
        });
        s.AddTieringConfiguration("Tiering", new TieringConfigurationProps
        {
            TieringConfigurationName = "s3_cold_after_90",
            Vault = vault,
            ResourceSelection = [new TieringResourceSelection { ResourceType = "S3", Resources = ["*"], TieringDownAfter = Duration.Days(90) }],
        });
        s.AddGlobalSettings("Global", new GlobalSettingsProps { IsCrossAccountBackupEnabled = true });
        s.AddRegionSettings("Region", new RegionSettingsProps { ResourceTypeOptInPreference = new Dictionary<string, bool> { ["S3"] = true } });
        return app;
    }

    private static BackupEstate Mount(App app, string id, BackupApp model)
    {
        var stack = model.Stacks.Single();
        var cdkStack = new Stack(app, id, new StackProps { Env = new Amazon.CDK.Environment { Account = stack.Account, Region = stack.Region } });
        return new BackupEstate(cdkStack, "Backup", new BackupEstateProps { Stack = stack });
    }

    private static List<BackupEstate> MountAll(App app, string id, BackupApp model) =>
    [
        .. model.Stacks.Select(stack => new BackupEstate(
            new Stack(app, id + stack.StackName, new StackProps { Env = new Amazon.CDK.Environment { Account = stack.Account, Region = stack.Region } }),
            "Backup",
            new BackupEstateProps { Stack = stack })),
    ];
}

[CollectionDefinition(Name)]
public sealed class SharedExamples : ICollectionFixture<ExamplesFixture>
{
    public const string Name = "CDK examples";
}
