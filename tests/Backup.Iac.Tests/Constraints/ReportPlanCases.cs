using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

/// <summary>AWS Backup Audit Manager report plans (governance catalog RPT).</summary>
internal static class ReportPlanCases
{
    private const string Rp = "Test/Jobs";
    private const string Bucket = "audit-reports-111122223333";
    private const string SeedFrameworkArn = "arn:aws:backup:us-east-1:123456789012:framework:Control1-ce7655ae-1e31-45cb-96a0-4f43d8c19642";

    private static ReportPlanProps Jobs => new() { ReportSetting = ReportSetting.BackupJobs(), ReportDeliveryChannel = ReportDeliveryChannel.ToBucket(Bucket, "jobs") };

    /// <summary>A daily plan and a backup jobs report plan <c>Jobs</c> varied by <paramref name="change"/>.</summary>
    private static BackupApp Report(Func<ReportPlanProps, ReportPlanProps> change, Action<BackupStack>? more = null, string region = Fixture.Region) => Fixture.App(s =>
    {
        Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily());
        s.AddReportPlan("Jobs", change(Jobs));
        more?.Invoke(s);
    }, region: region);

    private static BackupApp Setting(Func<ReportSetting, ReportSetting> change) => Report(r => r with { ReportSetting = change(r.ReportSetting) });

    private static BackupApp Formats(ReportSetting setting, params ReportFormat[] formats) =>
        Report(r => r with { ReportSetting = setting, ReportDeliveryChannel = r.ReportDeliveryChannel with { Formats = formats } });

    /// <summary>A framework <c>Audit</c> and a report plan <c>Jobs</c> whose setting is made from it.</summary>
    private static BackupApp WithFramework(Func<IFramework, ReportSetting> setting) => Fixture.App(s =>
    {
        s.AddResourceTracking("Tracking", new ResourceTrackingProps { ManagedElsewhere = true });
        var framework = s.AddFramework("Audit", new FrameworkProps { Controls = [Controls.BackupResourcesProtectedByBackupPlan()] });
        s.AddReportPlan("Jobs", Jobs with { ReportSetting = setting(framework) });
    });

    private static BackupApp ReportPlans(int count, AuditManagerQuotas? quotas = null)
    {
        var app = new BackupApp();
        var a = app.AddStack("A", new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region, AuditManagerQuotas = quotas });
        var b = app.AddStack("B", new BackupStackProps { Account = Fixture.Account, Region = Fixture.OtherRegion });
        for (var i = 0; i < count; i++)
        {
            (i % 2 == 0 ? a : b).AddReportPlan($"Report{i}", Jobs);
        }

        return app;
    }

    private static string[] Accounts(int n) => [.. Enumerable.Range(0, n).Select(i => (100000000000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture))];

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        Bad("RPT-001 a report plan name with a hyphen is rejected", "BKP5801", () => Report(r => r with { ReportPlanName = "job-reports" }), Rp, "ReportPlanName"),
        Bad("RPT-001 a report plan name with a space is rejected", "BKP5801", () => Report(r => r with { ReportPlanName = "Job reports" })),
        Good("RPT-001 a construct ID with a hyphen gives a valid default name", "BKP5801", () => Fixture.App(s => s.AddReportPlan("job-reports", Jobs))),
        Good("RPT-001 a name of 256 characters is accepted", "BKP5801", () => Report(r => r with { ReportPlanName = "R" + new string('_', 255) })),
        BadChange("RPT-002 renaming a report plan is warned", "BKP5802",
            () => Report(r => r with { ReportPlanName = "Before" }), () => Report(r => r with { ReportPlanName = "After" }), Rp, "ReportPlanName"),
        GoodChange("RPT-002 a report plan keeping its name is accepted", "BKP5802",
            () => Report(r => r with { ReportPlanName = "Same" }), () => Report(r => r with { ReportPlanName = "Same", Description = "Daily jobs." })),
        Bad("RPT-003 two report plans with one name are rejected", "BKP5803",
            () => Report(r => r with { ReportPlanName = "Daily" }, s => s.AddReportPlan("Copies", Jobs with { ReportPlanName = "Daily", ReportSetting = ReportSetting.CopyJobs() })), "Test/Copies", "ReportPlanName"),
        Good("RPT-003 report plans with their own names are accepted", "BKP5803", () => Report(r => r, s => s.AddReportPlan("Copies", Jobs with { ReportSetting = ReportSetting.CopyJobs() }))),
        Bad("RPT-004 a blank description is rejected", "BKP5804", () => Report(r => r with { Description = " " }), Rp, "Description"),
        Good("RPT-004 a description of 1024 characters is accepted", "BKP5804", () => Report(r => r with { Description = new string('d', 1024) })),
        Bad("RPT-005 a report plan without a delivery channel is rejected", "BKP5805", () => Report(r => r with { ReportDeliveryChannel = null! }), Rp, "ReportDeliveryChannel"),
        Good("RPT-005 a report plan with a delivery channel is accepted", "BKP5805", () => Report(r => r)),
        Bad("RPT-006 a bucket ARN instead of its name is rejected", "BKP5806",
            () => Report(r => r with { ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("arn:aws:s3:::audit-reports") }), Rp, "ReportDeliveryChannel.S3BucketName"),
        Bad("RPT-006 an empty bucket name is rejected", "BKP5806", () => Report(r => r with { ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("") })),
        Bad("RPT-006 a bucket name with a key prefix in it is rejected", "BKP5806", () => Report(r => r with { ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("audit-reports/backup") })),
        Bad("RPT-006 a bucket name with an uppercase letter breaks the S3 naming rules", "BKP5856",
            () => Report(r => r with { ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("Audit-Reports") }), Rp, "ReportDeliveryChannel.S3BucketName"),
        Bad("RPT-006 a bucket name of two characters breaks the S3 naming rules", "BKP5856", () => Report(r => r with { ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("ab") })),
        Bad("RPT-006 a bucket name of 64 characters breaks the S3 naming rules", "BKP5856", () => Report(r => r with { ReportDeliveryChannel = ReportDeliveryChannel.ToBucket(new string('a', 64)) })),
        Bad("RPT-006 a bucket name with an underscore breaks the S3 naming rules", "BKP5856", () => Report(r => r with { ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("audit_reports") })),
        Bad("RPT-006 a bucket name ending in a hyphen breaks the S3 naming rules", "BKP5856", () => Report(r => r with { ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("audit-reports-") })),
        Bad("RPT-006 a bucket name with two adjacent dots breaks the S3 naming rules", "BKP5856", () => Report(r => r with { ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("audit..reports") })),
        Bad("RPT-006 a bucket name formatted as an IP address breaks the S3 naming rules", "BKP5856", () => Report(r => r with { ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("192.168.5.4") })),
        Bad("RPT-006 a bucket name with the prefix xn-- breaks the S3 naming rules", "BKP5856", () => Report(r => r with { ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("xn--audit-reports") })),
        Bad("RPT-006 a bucket name with the prefix sthree- breaks the S3 naming rules", "BKP5856", () => Report(r => r with { ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("sthree-audit-reports") })),
        Bad("RPT-006 a bucket name with the suffix -s3alias breaks the S3 naming rules", "BKP5856", () => Report(r => r with { ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("audit-reports-s3alias") })),
        Bad("RPT-006 a bucket name with the suffix --ol-s3 breaks the S3 naming rules", "BKP5856", () => Report(r => r with { ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("audit-reports--ol-s3") })),
        Good("RPT-006 a bucket name of lowercase letters, digits, dots and hyphens follows the S3 naming rules", "BKP5856",
            () => Report(r => r with { ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("audit.reports-111122223333") })),
        Good("RPT-006 a bucket name of 63 characters follows the S3 naming rules", "BKP5856", () => Report(r => r with { ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("a" + new string('1', 62)) })),
        Good("RPT-006 a bucket name given at deploy time is not judged by the S3 naming rules", "BKP5856",
            () => Report(r => r with { ReportDeliveryChannel = ReportDeliveryChannel.ToBucket(new StackParameter("S3BucketName").Value) })),
        Good("RPT-006 a bucket name given at deploy time is accepted", "BKP5806",
            () => Report(r => r with { ReportDeliveryChannel = ReportDeliveryChannel.ToBucket(new StackParameter("S3BucketName").Value, new StackParameter("S3KeyPrefix").Value) })),
        Bad("RPT-008 an undefined format is rejected", "BKP5808", () => Formats(ReportSetting.BackupJobs(), (ReportFormat)7), Rp, "ReportDeliveryChannel.Formats"),
        Good("RPT-008 CSV and JSON are accepted", "BKP5808", () => Formats(ReportSetting.BackupJobs(), ReportFormat.Csv, ReportFormat.Json)),
        Bad("RPT-009 JSON on every Region is warned", "BKP5809",
            () => Formats(ReportSetting.BackupJobs() with { Regions = ["*"] }, ReportFormat.Json), Rp, "ReportDeliveryChannel.Formats"),
        Bad("RPT-009 JSON on another account is warned", "BKP5809", () => Formats(ReportSetting.BackupJobs() with { Accounts = [Fixture.OtherAccount] }, ReportFormat.Csv, ReportFormat.Json)),
        Good("RPT-009 JSON on this account and Region is accepted", "BKP5809",
            () => Formats(ReportSetting.BackupJobs() with { Accounts = [Fixture.Account], Regions = [Fixture.Region] }, ReportFormat.Json)),
        Good("RPT-009 CSV on every Region is accepted", "BKP5809", () => Formats(ReportSetting.BackupJobs() with { Regions = ["*"] }, ReportFormat.Csv)),
        Bad("RPT-010 a report plan without a setting is rejected", "BKP5810", () => Report(r => r with { ReportSetting = null! }), Rp, "ReportSetting"),
        Good("RPT-010 a report plan with a setting is accepted", "BKP5810", () => Report(r => r)),
        Bad("RPT-011 a misspelt report template is rejected", "BKP5811",
            () => Setting(s => s with { ReportTemplate = ReportTemplate.FromName("BACKUP_JOBS_REPORT") }), Rp, "ReportSetting.ReportTemplate"),
        Good("RPT-011 the scan jobs template by name is accepted", "BKP5811", () => Setting(s => s with { ReportTemplate = ReportTemplate.FromName("SCAN_JOB_REPORT") })),
        Bad("RPT-012 a control compliance report without frameworks is warned", "BKP5812", () => Setting(_ => ReportSetting.ControlCompliance()), Rp, "ReportSetting.Frameworks"),
        Good("RPT-012 a control compliance report of a framework is accepted", "BKP5812", () => WithFramework(f => ReportSetting.ControlCompliance(f))),
        Bad("RPT-013 1001 frameworks are rejected", "BKP5813",
            () => Setting(_ => ReportSetting.ResourceCompliance([.. Enumerable.Range(0, 1001).Select(i => Framework.FromArn($"arn:aws:backup:eu-west-1:111122223333:framework:F{i}-0a1b"))])), Rp, "ReportSetting.Frameworks"),
        Good("RPT-013 1000 frameworks are accepted", "BKP5813",
            () => Setting(_ => ReportSetting.ResourceCompliance([.. Enumerable.Range(0, 1000).Select(i => Framework.FromArn($"arn:aws:backup:eu-west-1:111122223333:framework:F{i}-0a1b"))]))),
        Bad("RPT-014 frameworks on a backup jobs report are warned", "BKP5814", () => WithFramework(f => ReportSetting.BackupJobs() with { Frameworks = [f] }), Rp, "ReportSetting.Frameworks"),
        Good("RPT-014 frameworks on a resource compliance report are accepted", "BKP5814", () => WithFramework(f => ReportSetting.ResourceCompliance(f))),
        Bad("RPT-015 a framework name instead of its ARN is warned", "BKP5815",
            () => Setting(_ => ReportSetting.ControlCompliance(Framework.FromArn("Control1"))), Rp, "ReportSetting.Frameworks[0]"),
        Good("RPT-015 the framework ARNs of the seed examples are accepted", "BKP5815",
            () => Setting(_ => ReportSetting.ControlCompliance(Framework.FromArn(SeedFrameworkArn),
                Framework.FromArn("arn:aws:backup:us-east-1:123456789012:framework/Control1-ce7655ae-1e31-45cb-96a0-4f43d8c19642")))),
        Bad("RPT-015 a framework of another stack is rejected", "BKP5865", () =>
        {
            var app = new BackupApp();
            var a = app.AddStack("A", new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region });
            a.AddResourceTracking("Tracking", new ResourceTrackingProps { ManagedElsewhere = true });
            var framework = a.AddFramework("Audit", new FrameworkProps { Controls = [Controls.BackupRecoveryPointEncrypted()] });
            app.AddStack("B", new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region })
                .AddReportPlan("Compliance", Jobs with { ReportSetting = ReportSetting.ControlCompliance(framework) });
            return app;
        }, "B/Compliance", "ReportSetting.Frameworks[0]"),
        Good("RPT-015 a framework of the same stack is accepted", "BKP5865", () => WithFramework(f => ReportSetting.ControlCompliance(f))),
        Bad("RPT-017 an account ID of 5 digits is rejected", "BKP5817", () => Setting(s => s with { Accounts = ["12345"] }), Rp, "ReportSetting.Accounts[0]"),
        Good("RPT-017 ROOT and 12-digit account IDs are accepted", "BKP5817", () => Setting(s => s with { Accounts = ["ROOT", "123456789098"] })),
        Bad("RPT-017 a jobs report on another account is warned", "BKP5867", () => Setting(s => s with { Accounts = [Fixture.OtherAccount] }), Rp, "ReportSetting.Accounts"),
        Bad("RPT-017 a jobs report on organizational units is warned", "BKP5867",
            () => Setting(s => s with { OrganizationUnits = ["ou-abcd-1234wxyz"] }), Rp, "ReportSetting.OrganizationUnits"),
        Good("RPT-017 a jobs report on its own account is accepted", "BKP5867", () => Setting(s => s with { Accounts = [Fixture.Account], Regions = ["*"] })),
        Bad("RPT-018 an OU ID that is too short is warned", "BKP5818", () => Setting(s => s with { OrganizationUnits = ["ou-123"] }), Rp, "ReportSetting.OrganizationUnits[0]"),
        Good("RPT-018 the seed's OU ID is accepted", "BKP5818", () => Setting(s => s with { OrganizationUnits = ["ou-abcd-1234wxyz"] })),
        Bad("RPT-019 a Region name is rejected", "BKP5819", () => Setting(s => s with { Regions = ["us-west-2", "Ireland"] }), Rp, "ReportSetting.Regions[1]"),
        Good("RPT-019 Region codes and the wildcard are accepted", "BKP5819", () => Setting(s => s with { Regions = ["us-west-2", "eu-west-1", "us-east-1"] })),
        Good("RPT-019 the wildcard is accepted", "BKP5819", () => Setting(s => s with { Regions = ["*"] })),
        Bad("RPT-020 151 accounts in 2 Regions are rejected", "BKP5820",
            () => Setting(s => s with { Accounts = Accounts(151), Regions = ["eu-west-1", "eu-central-1"] }), Rp, "ReportSetting.Accounts"),
        Good("RPT-020 150 accounts in 2 Regions are accepted", "BKP5820", () => Setting(s => s with { Accounts = Accounts(150), Regions = ["eu-west-1", "eu-central-1"] })),
        Bad("RPT-020 16 accounts in every Region are warned", "BKP5870", () => Setting(s => s with { Accounts = Accounts(16), Regions = ["*"] }), Rp, "ReportSetting.Regions"),
        Good("RPT-020 15 accounts in every Region are accepted", "BKP5870", () => Setting(s => s with { Accounts = Accounts(15), Regions = ["*"] })),
        Good("RPT-020 organizational units in every Region are not counted", "BKP5870", () => Setting(s => s with { OrganizationUnits = ["ou-abcd-1234wxyz"], Regions = ["*"] })),
        Bad("RPT-021 21 report plans in one account are rejected", "BKP5821", () => ReportPlans(21), "B/Report19"),
        Good("RPT-021 20 report plans in one account are accepted", "BKP5821", () => ReportPlans(20)),
        Good("RPT-021 21 report plans within a declared quota are accepted", "BKP5821", () => ReportPlans(21, new AuditManagerQuotas { ReportPlans = 25 })),
        Bad("RPT-027 an organization-wide resource compliance report is warned", "BKP5827",
            () => WithFramework(f => ReportSetting.ResourceCompliance(f) with { OrganizationUnits = ["ou-abcd-1234wxyz"], Regions = ["*"] }), Rp, "ReportSetting.OrganizationUnits"),
        Good("RPT-027 a compliance report on its own account is accepted", "BKP5827", () => WithFramework(f => ReportSetting.ControlCompliance(f) with { Regions = [Fixture.Region] })),
        Bad("PRE-007 a report plan in Israel (Tel Aviv) is warned", "BKP5907", () => Report(r => r, region: "il-central-1"), Rp),
    ];
}
