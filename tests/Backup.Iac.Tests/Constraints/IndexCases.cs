using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

internal static class IndexCases
{
    private const string RulePath = "Test/Plan/Rules[Daily]";

    private static BackupPlanRule Indexed(params IndexAction[] actions) => BackupPlanRule.Daily() with { IndexActions = actions };

    private static BackupApp WithIndex(params string[] types) => Fixture.WithRule(Indexed(IndexAction.For(types)));

    /// <summary>A daily rule indexing <paramref name="indexed"/>, with one selection of <paramref name="resources"/>.</summary>
    private static BackupApp IndexWithSelection(string indexed, params BackupResource[] resources) =>
        Fixture.WithSelection(new BackupSelectionOptions { Resources = resources, Role = BackupRole.FromArn(Fixture.RoleArn) }, Indexed(IndexAction.For(indexed)));

    private static BackupApp ColdEbsIndex(bool archive) => Fixture.WithRule(Indexed(IndexAction.For("EBS")) with
    {
        Lifecycle = new Lifecycle { MoveToColdStorageAfter = Duration.Days(30), DeleteAfter = Duration.Days(365), OptInToArchiveForSupportedResources = archive },
    });

    private static BackupApp WithPlanTypes(string? advancedType = null, string? scanType = null) => Fixture.WithPlan(new()
    {
        Rules = [BackupPlanRule.Daily()],
        AdvancedBackupSettings = advancedType is null ? [] : [new AdvancedBackupSetting(advancedType, new Dictionary<string, string> { ["WindowsVSS"] = "enabled" })],
        ScanSettings = scanType is null ? [] : [new ScanSetting("GUARDDUTY", [scanType], Fixture.RoleArn)],
    });

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        // IDX-001: at most one index action.
        Bad("IDX-001 two index actions in one rule are rejected", "BKP2401",
            () => Fixture.WithRule(Indexed(IndexAction.For("EBS"), IndexAction.For("S3"))), RulePath, "IndexActions"),
        Good("IDX-001 one index action is accepted", "BKP2401", () => WithIndex("S3")),

        // IDX-002: EBS or S3, once; a second type is a warning.
        Bad("IDX-002 indexing RDS is rejected", "BKP2402", () => WithIndex("RDS"), RulePath, "IndexActions[0].ResourceTypes[0]"),
        Bad("IDX-002 EBS listed twice is rejected", "BKP2402", () => WithIndex("EBS", "EBS"), RulePath, "IndexActions[0].ResourceTypes[1]"),
        Good("IDX-002 indexing S3 is accepted", "BKP2402", () => WithIndex("S3")),
        Good("IDX-002 an index type from a token is not checked", "BKP2402", () => WithIndex(Aws.Region)),
        Bad("IDX-002 indexing EBS and S3 in one action is warned", "BKP2452", () => WithIndex("EBS", "S3"), RulePath, "IndexActions[0].ResourceTypes"),
        Good("IDX-002 indexing only EBS gives no warning", "BKP2452", () => WithIndex("EBS")),

        // IDX-003: the selections must be able to contain the indexed type.
        Bad("IDX-003 an S3 index on a plan that selects only a DynamoDB table is warned", "BKP2403",
            () => IndexWithSelection("S3", BackupResource.DynamoDbTable("orders")), RulePath, "IndexActions[0]"),
        Bad("IDX-003 an EBS index on a plan that selects only S3 buckets is warned", "BKP2403",
            () => IndexWithSelection("EBS", BackupResource.S3Bucket("logs-*"))),
        Good("IDX-003 an S3 index on a plan that selects an S3 bucket is accepted", "BKP2403",
            () => IndexWithSelection("S3", BackupResource.S3Bucket("data"))),
        Good("IDX-003 an EBS index on a plan that selects every EC2 resource by ARN pattern is accepted", "BKP2403",
            () => IndexWithSelection("EBS", BackupResource.FromArn("arn:aws:ec2:eu-west-1:111122223333:*"))),
        Good("IDX-003 an index on a plan with a tag selection is accepted", "BKP2403", () => WithIndex("EBS")),

        // IDX-004: continuous or archived recovery points.
        Bad("IDX-004 an S3 index on a continuous rule is warned", "BKP2404",
            () => Fixture.WithRule(BackupPlanRule.Continuous(Duration.Days(35)) with { IndexActions = [IndexAction.For("S3")] }),
            "Test/Plan/Rules[Continuous]", "IndexActions[0]"),
        Bad("IDX-004 an EBS index with a lifecycle that archives EBS snapshots is warned", "BKP2404", () => ColdEbsIndex(archive: true), RulePath, "IndexActions[0]"),
        Good("IDX-004 an EBS index with a cold transition but no archive opt-in is accepted", "BKP2404", () => ColdEbsIndex(archive: false)),
        Good("IDX-004 an S3 index on a snapshot rule is accepted", "BKP2404", () => WithIndex("S3")),
        Good("IDX-004 an EBS index on a continuous rule is accepted (EBS backups are snapshots)", "BKP2404",
            () => Fixture.WithRule(BackupPlanRule.Continuous(Duration.Days(35)) with { IndexActions = [IndexAction.For("EBS")] })),

        // RT-001: documented resource types, spelled exactly.
        Bad("RT-001 the index type ebs (lower case) is rejected", "BKP2501", () => WithIndex("ebs"), RulePath, "IndexActions[0].ResourceTypes[0]"),
        Bad("RT-001 the advanced setting type Ec2 is rejected", "BKP2501", () => WithPlanTypes(advancedType: "Ec2"), "Test/Plan", "AdvancedBackupSettings[0].ResourceType"),
        Bad("RT-001 the scan type EC3 is rejected", "BKP2501", () => WithPlanTypes(scanType: "EC3"), "Test/Plan", "ScanSettings[0].ResourceTypes[0]"),
        Good("RT-001 the documented type RDS is left to the field's own rule", "BKP2501", () => WithPlanTypes(advancedType: "RDS", scanType: "DynamoDB")),
        Good("RT-001 the seed spelling FSX counts as documented", "BKP2501", () => WithIndex("FSX")),
        Good("RT-001 a type from a token is not checked", "BKP2501", () => WithPlanTypes(advancedType: Aws.Region)),

        // RT-002: the API pattern, with the documented names that contain spaces as exceptions.
        Bad("RT-002 an index type with a trailing space is rejected", "BKP2502", () => WithIndex("EBS "), RulePath, "IndexActions[0].ResourceTypes[0]"),
        Bad("RT-002 an advanced setting type with a slash is rejected", "BKP2502", () => WithPlanTypes(advancedType: "EC2/VSS"), "Test/Plan", "AdvancedBackupSettings[0].ResourceType"),
        Bad("RT-002 an empty scan type is rejected", "BKP2502", () => WithPlanTypes(scanType: ""), "Test/Plan", "ScanSettings[0].ResourceTypes[0]"),
        Good("RT-002 the documented name Storage Gateway is not a pattern error", "BKP2502", () => WithPlanTypes(scanType: "Storage Gateway")),
        Good("RT-002 EBS, EC2 and S3 match the pattern", "BKP2502", () => Fixture.WithPlan(new()
        {
            Rules = [Indexed(IndexAction.For("S3"))],
            AdvancedBackupSettings = [AdvancedBackupSetting.WindowsVss()],
            ScanSettings = [new ScanSetting("GUARDDUTY", ["EBS", "EC2", "S3"], Fixture.RoleArn)],
        })),
    ];
}
