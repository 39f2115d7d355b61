using System.Collections.Immutable;
using Backup.Iac.Emit;
using Backup.Iac.Emit.Pulumi;
using Backup.Iac.Graph;
using Backup.Iac.Tests;
using Backup.Iac.Tests.Constraints;

namespace Backup.Iac.Pulumi.Tests;

/// <summary>
/// The programs the oracles check: the examples, the core suite's valid models (every valid constraint case and the
/// legal hold/tiering/settings model), an estate that sets every property the model can lower, and hand-built graphs of
/// the governance types (frameworks, report plans, Organizations policies), whose model types come with another issue.
/// </summary>
internal static class Programs
{
    private static readonly Lazy<IReadOnlyList<(string Name, ResourceGraph Graph, EmitResult Program)>> Cached = new(Build);

    /// <summary>Every program without an error, by a name that says where it comes from (deduplicated by text).</summary>
    public static IReadOnlyList<(string Name, ResourceGraph Graph, EmitResult Program)> All => Cached.Value;

    public static IEnumerable<(string Name, BackupApp App)> Apps()
    {
        foreach (var (name, build) in ExampleTests.Valid)
        {
            yield return (name, build());
        }

        yield return ("MoreResources", MoreResourcesTests.App());
        yield return ("EveryProperty", EveryProperty());
        foreach (var c in AllCases.Cases.Where(c => !c.Violates))
        {
            yield return (c.Name, c.Build());
        }
    }

    private static List<(string, ResourceGraph, EmitResult)> Build()
    {
        var found = new List<(string, ResourceGraph, EmitResult)>();
        var texts = new HashSet<string>(StringComparer.Ordinal);
        void Add(string name, ResourceGraph graph)
        {
            graph = Emit.CloudFormation.StackSetTemplates.Resolve(graph); // member templates as their CloudFormation text, as the host does
            var program = PulumiEmitter.Emit(graph);
            if (program.Text is { } text && texts.Add(text))
            {
                found.Add((name, graph, program));
            }
        }

        foreach (var (name, app) in Apps())
        {
            foreach (var graph in app.Synth().Graphs)
            {
                Add(name, graph);
            }
        }

        Add("Governance", Governance());
        return found;
    }

    /// <summary>A valid estate that sets every property the model lowers (beyond what the examples set).</summary>
    public static BackupApp EveryProperty() => Fixture.App(s =>
    {
        var topic = Fixture.TopicArn;
        var locked = s.AddVault("Locked", new BackupVaultProps
        {
            BackupVaultName = "locked",
            EncryptionKeyArn = Fixture.KeyArn,
            Tags = new Dictionary<string, string> { ["team"] = "platform", ["cost-center"] = "42" },
            AccessPolicy = VaultAccessPolicy.Of(VaultAccessPolicy.DenyRecoveryPointDeletion()),
            Notifications = new VaultNotifications { TopicArn = topic, Events = [BackupVaultEvent.BackupJobCompleted] },
            Lock = VaultLock.Governance(minRetention: Duration.Days(7), maxRetention: Duration.Days(400)),
        });
        var scratch = s.AddVault("Scratch", new BackupVaultProps { RemovalPolicy = RemovalPolicy.Destroy });
        var airGapped = s.AddLogicallyAirGappedVault("AirGapped", new LogicallyAirGappedBackupVaultProps
        {
            BackupVaultName = "air-gapped",
            MinRetention = Duration.Days(7),
            MaxRetention = Duration.Days(400),
            Tags = new Dictionary<string, string> { ["tier"] = "isolated" },
            Notifications = new VaultNotifications { TopicArn = topic, Events = [BackupVaultEvent.CopyJobFailed] },
        });
        var plan = s.AddPlan("Plan", new BackupPlanProps
        {
            BackupPlanName = "every-property",
            Vault = locked,
            Tags = new Dictionary<string, string> { ["owner"] = "backup-team" },
            AdvancedBackupSettings = [AdvancedBackupSetting.WindowsVss()],
            Rules =
            [
                BackupPlanRule.Daily() with
                {
                    ScheduleTimeZone = "Europe/Paris",
                    StartWindow = Duration.Hours(2),
                    CompletionWindow = Duration.Hours(10),
                    RecoveryPointTags = new Dictionary<string, string> { ["backup"] = "daily" },
                    Lifecycle = new Lifecycle { MoveToColdStorageAfter = Duration.Days(30), DeleteAfter = Duration.Days(120), OptInToArchiveForSupportedResources = true },
                    CopyActions = [CopyAction.To(airGapped, Duration.Days(35)), CopyAction.To(scratch, Duration.Days(14))],
                },
                BackupPlanRule.Continuous(Duration.Days(35), scratch),
            ],
        });
        plan.AddSelection("Conditions", new BackupSelectionOptions
        {
            Resources = [BackupResource.Ec2Instance("*"), BackupResource.FromTag("backup", "daily")],
            NotResources = ["arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0"],
            Conditions = new SelectionConditions
            {
                StringEquals = [new ConditionParameter("aws:ResourceTag/env", "prod")],
                StringLike = [new ConditionParameter("aws:ResourceTag/app", "shop-*")],
                StringNotEquals = [new ConditionParameter("aws:ResourceTag/scratch", "true")],
                StringNotLike = [new ConditionParameter("aws:ResourceTag/team", "test-*")],
            },
            Role = BackupRole.FromArn(Fixture.RoleArn),
        });
        var tests = s.AddRestoreTestingPlan("RestoreTests", new RestoreTestingPlanProps
        {
            RestoreTestingPlanName = "every_property",
            Schedule = Schedule.Weekly(DayOfWeek.Monday, hour: 4),
            ScheduleTimeZone = "Europe/Paris",
            StartWindow = Duration.Hours(12),
            Tags = new Dictionary<string, string> { ["owner"] = "backup-team" },
            RecoveryPointSelection = new RestoreTestingRecoveryPointSelection
            {
                IncludeVaults = ["*"],
                ExcludeVaults = ["arn:aws:backup:eu-west-1:111122223333:backup-vault:scratch"],
                RecoveryPointTypes = ["SNAPSHOT", "CONTINUOUS"],
                SelectionWindow = Duration.Days(14),
            },
        });
        tests.AddSelection("Volumes", new RestoreTestingSelectionOptions
        {
            RestoreTestingSelectionName = "ebs_volumes",
            ProtectedResourceType = "EBS",
            ProtectedResourceConditions = new ProtectedResourceConditions
            {
                StringEquals = [new ConditionParameter("aws:ResourceTag/backup", "daily")],
                StringNotEquals = [new ConditionParameter("aws:ResourceTag/scratch", "true")],
            },
            RestoreMetadataOverrides = new Dictionary<string, string> { ["availabilityZone"] = "eu-west-1a" },
            ValidationWindow = Duration.Hours(4),
        });
        s.AddGlobalSettings("Global", new GlobalSettingsProps { IsCrossAccountBackupEnabled = true });
        s.AddRegionSettings("Region", new RegionSettingsProps
        {
            ResourceTypeOptInPreference = new Dictionary<string, bool> { ["EBS"] = true, ["S3"] = false },
            ResourceTypeManagementPreference = new Dictionary<string, bool> { ["DynamoDB"] = true },
        });
    });

    /// <summary>
    /// A hand-built graph with a framework, a report plan of it and an Organizations backup policy attached to an OU
    /// and an account, in their CloudFormation shapes (../shared/reference/cloudformation).
    /// </summary>
    public static ResourceGraph Governance()
    {
        static MapValue Map(params (string Key, Value? Value)[] entries) => MapValue.Of(entries.Select(e => new KeyValuePair<string, Value?>(e.Key, e.Value)));
        static ListValue List(params Value[] items) => new([.. items]);
        static MapValue Tag(string key, string value) => Map(("Key", key), ("Value", value));
        var framework = new Resource("Framework1D9E5B9C", "AWS::Backup::Framework", "Framework/Resource", Map(
            ("FrameworkName", "backup_controls"),
            ("FrameworkDescription", "Retention and vault controls."),
            ("FrameworkControls", List(
                Map(("ControlName", "BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK"),
                    ("ControlInputParameters", List(Map(("ParameterName", "requiredRetentionDays"), ("ParameterValue", "35"))))),
                Map(("ControlName", "BACKUP_RESOURCES_PROTECTED_BY_BACKUP_PLAN"),
                    ("ControlScope", Map(
                        ("ComplianceResourceTypes", List("EBS", "EFS")),
                        ("Tags", List(Tag("backup", "daily")))))),
                Map(("ControlName", "BACKUP_RECOVERY_POINT_ENCRYPTED"),
                    ("ControlScope", Map(("ComplianceResourceIds", List("vol-0123456789abcdef0"))))))),
            ("FrameworkTags", List(Tag("owner", "audit")))));
        var report = new Resource("ReportA1B2C3D4", "AWS::Backup::ReportPlan", "Report/Resource", Map(
            ("ReportPlanName", "compliance_report"),
            ("ReportPlanDescription", "Daily compliance report."),
            ("ReportDeliveryChannel", Map(("S3BucketName", "audit-reports"), ("S3KeyPrefix", "backup"), ("Formats", List("CSV", "JSON")))),
            ("ReportSetting", Map(
                ("ReportTemplate", "CONTROL_COMPLIANCE_REPORT"),
                ("FrameworkArns", List(new AttributeValue(framework.LogicalId, "FrameworkArn"))),
                ("Accounts", List("111122223333")),
                ("OrganizationUnits", List("ou-abcd-12345678")),
                ("Regions", List("eu-west-1")))),
            ("ReportPlanTags", List(Tag("owner", "audit")))));
        var daily = Map(
            ("schedule_expression", Map(("@@assign", "cron(0 5 ? * * *)"))),
            ("target_backup_vault_name", Map(("@@assign", "org-vault"))));
        var orgPlan = Map(("regions", Map(("@@assign", List("eu-west-1")))), ("rules", Map(("Daily", daily))));
        var content = Map(("plans", Map(("OrgDaily", orgPlan))));
        var policy = new Resource("OrgPolicy7E3F9A21", "AWS::Organizations::Policy", "OrgPolicy/Resource", Map(
            ("Name", "org-daily-backups"),
            ("Type", "BACKUP_POLICY"),
            ("Description", "Daily backups in every member account."),
            ("Content", content),
            ("TargetIds", List("ou-abcd-12345678", "444455556666")),
            ("Tags", List(Tag("owner", "platform")))));
        var role = new Resource("TrackingServiceLinkedRole5A1B", "AWS::IAM::ServiceLinkedRole", "Tracking/ServiceLinkedRole", Map(
            ("AWSServiceName", "config.amazonaws.com"), ("Description", "AWS Config"), ("CustomSuffix", "backup")));
        var recorder = new Resource("TrackingRecorder3C4D", "AWS::Config::ConfigurationRecorder", "Tracking/Recorder", Map(
            ("Name", "backup-recorder"),
            ("RoleARN", new JoinValue(["arn:aws:iam::111122223333:role/aws-service-role/config.amazonaws.com/", new AttributeValue(role.LogicalId, "RoleName")])),
            ("RecordingGroup", Map(
                ("AllSupported", false), ("IncludeGlobalResourceTypes", false),
                ("ExclusionByResourceTypes", Map(("ResourceTypes", List("AWS::EC2::NetworkInterface")))),
                ("RecordingStrategy", Map(("UseOnly", "EXCLUSION_BY_RESOURCE_TYPES"))))),
            ("RecordingMode", Map(
                ("RecordingFrequency", "CONTINUOUS"),
                ("RecordingModeOverrides", List(Map(("Description", "daily vaults"), ("RecordingFrequency", "DAILY"), ("ResourceTypes", List("AWS::Backup::BackupVault")))))))))
        { DependsOn = [role.LogicalId] };
        var channel = new Resource("TrackingDeliveryChannel5E6F", "AWS::Config::DeliveryChannel", "Tracking/DeliveryChannel", Map(
            ("Name", "backup-channel"), ("S3BucketName", "config-history"), ("S3KeyPrefix", "config"), ("S3KmsKeyArn", Fixture.KeyArn),
            ("SnsTopicARN", Fixture.TopicArn), ("ConfigSnapshotDeliveryProperties", Map(("DeliveryFrequency", "TwentyFour_Hours")))))
        { DependsOn = [recorder.LogicalId] };
        return new ResourceGraph("Governance", [framework, policy, report, role, recorder, channel]) { Region = Fixture.Region };
    }

    /// <summary>A graph of one resource, for unit tests.</summary>
    public static ResourceGraph Single(string type, MapValue properties, string logicalId = "Thing12345678") =>
        new("Test", ImmutableArray.Create(new Resource(logicalId, type, "Thing/Resource", properties)));
}
