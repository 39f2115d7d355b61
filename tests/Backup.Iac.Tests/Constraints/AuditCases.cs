using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

/// <summary>AWS Backup Audit Manager frameworks (governance catalog FW, SCOPE, CTRL-*, PRE).</summary>
internal static class AuditCases
{
    private const string Fw = "Test/Audit";
    private const string C0 = "Test/Audit/Controls[0]";

    private static readonly ResourceTrackingProps Tracking = new() { DeliveryBucketName = "config-bucket-111122223333" };

    /// <summary>A daily plan with a tag selection, resource tracking, and a framework <c>Audit</c> made by <paramref name="change"/>.</summary>
    private static BackupApp With(Func<FrameworkProps, FrameworkProps> change, Action<BackupStack>? more = null, string region = Fixture.Region) => Fixture.App(s =>
    {
        Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily());
        s.AddResourceTracking("Tracking", Tracking);
        s.AddFramework("Audit", change(new FrameworkProps { Controls = [Controls.BackupResourcesProtectedByBackupPlan()] }));
        more?.Invoke(s);
    }, region: region);

    private static BackupApp Audit(params FrameworkControl[] controls) => With(f => f with { Controls = controls });

    private static BackupApp Scoped(FrameworkControl control, ControlScope scope) => Audit(control with { Scope = scope });

    private static ControlInputParameter P(string name, string value) => new(name, value);

    private static FrameworkControl Custom(ControlDefinition control, params ControlInputParameter[] parameters) => FrameworkControl.Custom(control.Name, parameters);

    private static readonly FrameworkControl Freq = Controls.BackupPlanMinFrequencyAndMinRetention();
    private static readonly FrameworkControl Del = Controls.BackupRecoveryPointManualDeletionDisabled();
    private static readonly FrameworkControl Enc = Controls.BackupRecoveryPointEncrypted();
    private static readonly FrameworkControl Ret = Controls.BackupRecoveryPointMinimumRetention();

    /// <summary><paramref name="count"/> frameworks in stack <c>Test</c>, each different (minimum retention 10 + i days).</summary>
    private static BackupApp Frameworks(int count, AuditManagerQuotas? quotas = null)
    {
        var app = new BackupApp();
        var s = app.AddStack("Test", new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region, AuditManagerQuotas = quotas });
        Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily());
        s.AddResourceTracking("Tracking", Tracking);
        for (var i = 0; i < count; i++)
        {
            s.AddFramework($"Audit{i}", new FrameworkProps { Controls = [Controls.BackupRecoveryPointMinimumRetention(Duration.Days(10 + i))] });
        }

        return app;
    }

    /// <summary>Frameworks holding <paramref name="controls"/> retention controls in total, 25 per framework.</summary>
    private static BackupApp ControlCount(int controls) => Fixture.App(s =>
    {
        s.AddResourceTracking("Tracking", Tracking);
        for (var f = 0; f * 25 < controls; f++)
        {
            var n = Math.Min(25, controls - (f * 25));
            s.AddFramework($"Audit{f}", new FrameworkProps { Controls = [.. Enumerable.Range(0, n).Select(i => Controls.BackupRecoveryPointMinimumRetention(Duration.Days(7 + (f * 100) + i)))] });
        }
    });

    /// <summary>Two stacks <c>A</c> and <c>B</c>, in the given Regions of one account, each built by its action.</summary>
    private static BackupApp TwoStacks(string regionA, Action<BackupStack> a, string regionB, Action<BackupStack> b)
    {
        var app = new BackupApp();
        a(app.AddStack("A", new BackupStackProps { Account = Fixture.Account, Region = regionA }));
        b(app.AddStack("B", new BackupStackProps { Account = Fixture.Account, Region = regionB }));
        return app;
    }

    private static void Framework(BackupStack s, string id, FrameworkProps props, bool tracking = true)
    {
        if (tracking && !s.Descendants().OfType<ResourceTracking>().Any())
        {
            s.AddResourceTracking("Tracking", Tracking);
        }

        s.AddFramework(id, props);
    }

    private static FrameworkProps Props(string? name = null, params FrameworkControl[] controls) =>
        new() { FrameworkName = name, Controls = controls.Length == 0 ? [Controls.BackupResourcesProtectedByBackupPlan()] : controls };

    private static readonly Dictionary<string, string> TwoTags = new() { ["backup"] = "daily", ["team"] = "data" };

    private static string[] Roles(int n) => [.. Enumerable.Range(1, n).Select(i => $"arn:aws:iam::111122223333:role/Admin{i}")];

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        // FW: frameworks
        Bad("FW-001 a framework name with a hyphen is rejected", "BKP5501", () => With(f => f with { FrameworkName = "my-framework" }), Fw, "FrameworkName"),
        Bad("FW-001 a framework name of 257 characters is rejected", "BKP5501", () => With(f => f with { FrameworkName = "F" + new string('x', 256) })),
        Bad("FW-001 a framework name that starts with a digit is rejected", "BKP5501", () => With(f => f with { FrameworkName = "1st_framework" })),
        Good("FW-001 a framework name of 256 letters, digits and underscores is accepted", "BKP5501", () => With(f => f with { FrameworkName = "F_1" + new string('x', 253) })),
        Good("FW-001 a construct ID with a hyphen gives a valid default name", "BKP5501", () => Fixture.App(s => Framework(s, "my-framework", Props()))),
        BadChange("FW-003 renaming a framework is warned", "BKP5503", () => With(f => f with { FrameworkName = "Before" }), () => With(f => f with { FrameworkName = "After" }), Fw, "FrameworkName"),
        GoodChange("FW-003 a framework keeping its name is accepted", "BKP5503", () => With(f => f with { FrameworkName = "Same" }), () => With(f => f with { FrameworkName = "Same", Description = "Now described." })),
        Bad("FW-004 two frameworks with one name in a stack are rejected", "BKP5504",
            () => Fixture.App(s => { Framework(s, "A", Props("Shared")); Framework(s, "B", Props("Shared", Enc)); }), "Test/B", "FrameworkName"),
        Bad("FW-004 two frameworks with one name in two stacks of one account and Region are rejected", "BKP5504",
            () => TwoStacks(Fixture.Region, s => Framework(s, "A", Props("Shared")), Fixture.Region, s => Framework(s, "B", Props("Shared", Enc))), "B/B"),
        Good("FW-004 one framework name in two Regions is accepted", "BKP5504",
            () => TwoStacks(Fixture.Region, s => Framework(s, "A", Props("Shared")), Fixture.OtherRegion, s => Framework(s, "B", Props("Shared")))),
        Bad("FW-005 an empty description is rejected", "BKP5505", () => With(f => f with { Description = "" }), Fw, "Description"),
        Bad("FW-005 a blank description is rejected", "BKP5505", () => With(f => f with { Description = "   " })),
        Bad("FW-005 a description of 1025 characters is rejected", "BKP5505", () => With(f => f with { Description = new string('d', 1025) })),
        Good("FW-005 a description of 1024 characters is accepted", "BKP5505", () => With(f => f with { Description = new string('d', 1024) })),
        Good("FW-005 a description given at deploy time is accepted", "BKP5505", () => With(f => f with { Description = new StackParameter("FrameworkDescription").Value })),
        Bad("FW-006 a framework without controls is rejected", "BKP5506", () => Audit(), Fw, "Controls"),
        Good("FW-006 a framework with one control is accepted", "BKP5506", () => Audit(Enc)),
        Bad("FW-007 two frameworks with the same controls and scopes are rejected", "BKP5507",
            () => Fixture.App(s => { Framework(s, "A", Props(null, Ret, Enc)); Framework(s, "B", Props(null, Enc, Ret)); }), "Test/B", "Controls"),
        Good("FW-007 frameworks that differ in one parameter are accepted", "BKP5507",
            () => Fixture.App(s => { Framework(s, "A", Props(null, Ret)); Framework(s, "B", Props(null, Controls.BackupRecoveryPointMinimumRetention(Duration.Days(30)))); })),
        Bad("FW-007 frameworks that differ only in scopes are warned", "BKP5557",
            () => Fixture.App(s => { Framework(s, "A", Props(null, Enc)); Framework(s, "B", Props(null, Enc with { Scope = ControlScope.Tagged("backup", "true") })); }), "Test/B", "Controls"),
        Good("FW-007 the same controls in two Regions are accepted", "BKP5557",
            () => TwoStacks(Fixture.Region, s => Framework(s, "A", Props(null, Enc)), Fixture.OtherRegion, s => Framework(s, "B", Props(null, Enc with { Scope = ControlScope.Tagged("backup", "true") })))),
        Bad("FW-008 sixteen frameworks in one account and Region are rejected", "BKP5508", () => Frameworks(16), "Test/Audit15"),
        Good("FW-008 fifteen frameworks are accepted", "BKP5508", () => Frameworks(15)),
        Good("FW-008 twenty frameworks within a declared quota of 20 are accepted", "BKP5508", () => Frameworks(20, new AuditManagerQuotas { Frameworks = 20 })),
        Bad("FW-008 eleven frameworks are warned", "BKP5558", () => Frameworks(11), "Test/Audit10"),
        Good("FW-008 ten frameworks are not warned", "BKP5558", () => Frameworks(10)),
        Good("FW-008 eleven frameworks within a declared quota are not warned", "BKP5558", () => Frameworks(11, new AuditManagerQuotas { Frameworks = 11 })),
        Bad("FW-009 51 controls in one account and Region are rejected", "BKP5509", () => ControlCount(51), "Test/Audit2", "Controls"),
        Good("FW-009 50 controls are accepted", "BKP5509", () => ControlCount(50)),
        Bad("FW-010 a misspelt control name is rejected", "BKP5510", () => Audit(FrameworkControl.Custom("BACKUP_RECOVERY_POINT_ENCRYPT")), C0, "ControlName"),
        Bad("FW-010 an empty control name is rejected", "BKP5510", () => Audit(FrameworkControl.Custom(""))),
        Good("FW-010 a documented control name by hand is accepted", "BKP5510", () => Audit(FrameworkControl.Custom("BACKUP_RECOVERY_POINT_ENCRYPTED"))),
        Bad("FW-011 a parameter given twice is rejected", "BKP5511",
            () => Audit(Custom(ControlCatalog.RecoveryPointMinimumRetention, P("requiredRetentionDays", "35"), P("requiredRetentionDays", "40"))), C0, "Parameters[1]"),
        Bad("FW-011 a parameter with an empty value is rejected", "BKP5511", () => Audit(Custom(ControlCatalog.RecoveryPointMinimumRetention, P("requiredRetentionDays", "")))),
        Good("FW-011 three distinct parameters are accepted", "BKP5511",
            () => Audit(Custom(ControlCatalog.BackupPlanMinFrequencyAndMinRetention, P("requiredRetentionDays", "35"), P("requiredFrequencyUnit", "hours"), P("requiredFrequencyValue", "24")))),
        Bad("FW-011 the same control twice in a framework is rejected", "BKP5561", () => Audit(Enc, Ret, Enc), "Test/Audit/Controls[2]"),
        Good("FW-011 one control twice with different parameters is accepted", "BKP5561", () => Audit(Ret, Controls.BackupRecoveryPointMinimumRetention(Duration.Days(90)))),
        Bad("FW-012 a misspelt parameter name is rejected", "BKP5512",
            () => Audit(Custom(ControlCatalog.BackupPlanMinFrequencyAndMinRetention, P("requiredRetention", "35"))), C0, "Parameters.requiredRetention"),
        Bad("FW-012 a parameter of another control is rejected", "BKP5512", () => Audit(Custom(ControlCatalog.ResourcesProtectedByCrossRegion, P("crossAccountList", "444455556666")))),
        Good("FW-012 the parameter names of the published templates are accepted", "BKP5512",
            () => Audit(Custom(ControlCatalog.ResourcesProtectedByBackupVaultLock, P("minRetentionDays", "7"), P("maxRetentionDays", "365")),
                Custom(ControlCatalog.LastRecoveryPointCreated, P("recoveryPointAgeUnit", "hours"), P("recoveryPointAgeValue", "24")),
                Custom(ControlCatalog.ResourcesProtectedByCrossRegion, P("crossRegionList", "eu-west-2")),
                Custom(ControlCatalog.ResourcesProtectedByCrossAccount, P("crossAccountList", "444455556666")))),
        Bad("FW-014 a Region that backs up resources without a framework is warned", "BKP5514",
            () => TwoStacks(Fixture.Region, s => Framework(s, "A", Props()), Fixture.OtherRegion, s => Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily())), "A/A"),
        Good("FW-014 a Region with only a copy destination vault is not warned", "BKP5514",
            () => TwoStacks(Fixture.Region, s => { Framework(s, "A", Props()); Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily()); }, Fixture.OtherRegion, s => s.AddVault("Copies"))),
        Good("FW-014 each Region with its own framework is not warned", "BKP5514",
            () => TwoStacks(Fixture.Region, s => Framework(s, "A", Props()), Fixture.OtherRegion, s => { Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily()); Framework(s, "B", Props()); })),

        // SCOPE: control scopes
        Bad("SCOPE-002 a scope with two tags is rejected", "BKP5602", () => Scoped(Enc, new ControlScope { Tags = TwoTags }), C0, "Scope.Tags"),
        Good("SCOPE-002 a scope with one tag is accepted", "BKP5602", () => Scoped(Enc, ControlScope.Tagged("backup", "daily"))),
        Bad("SCOPE-003 a scope tag with an empty value is noted", "BKP5603", () => Scoped(Enc, ControlScope.Tagged("backup")), C0, "Scope.Tags"),
        Good("SCOPE-003 a scope tag with a value is not noted", "BKP5603", () => Scoped(Enc, ControlScope.Tagged("backup", "daily"))),
        Bad("SCOPE-005 an empty list of resource IDs is rejected", "BKP5605",
            () => Scoped(Controls.BackupResourcesProtectedByBackupPlan(), new ControlScope { ComplianceResourceTypes = ["DynamoDB"], ComplianceResourceIds = [] }), C0, "Scope.ComplianceResourceIds"),
        Bad("SCOPE-005 101 resource IDs are rejected", "BKP5605",
            () => Scoped(Controls.BackupResourcesProtectedByBackupPlan(), new ControlScope { ComplianceResourceTypes = ["EC2"], ComplianceResourceIds = [.. Enumerable.Range(0, 101).Select(i => $"i-{i:x8}")] })),
        Good("SCOPE-005 one vault by name is accepted", "BKP5605", () => With(f => f with { Controls = [Del with { Scope = ControlScope.Resource(ControlScope.VaultType, "default") }] })),
        Bad("SCOPE-005 two resource IDs are warned", "BKP5655",
            () => Scoped(Controls.BackupResourcesProtectedByBackupPlan(), new ControlScope { ComplianceResourceTypes = ["EC2"], ComplianceResourceIds = ["i-0001", "i-0002"] }), C0, "Scope.ComplianceResourceIds"),
        Good("SCOPE-005 one resource ID is not warned", "BKP5655", () => Scoped(Controls.BackupResourcesProtectedByBackupPlan(), ControlScope.Resource("EC2", "i-0001"))),
        Bad("SCOPE-006 resource IDs without a type are warned", "BKP5606",
            () => Scoped(Controls.BackupResourcesProtectedByBackupPlan(), new ControlScope { ComplianceResourceIds = ["i-0001"] }), C0, "Scope.ComplianceResourceTypes"),
        Good("SCOPE-006 one type with one ID is accepted", "BKP5606", () => Scoped(Controls.BackupResourcesProtectedByBackupPlan(), ControlScope.Resource("EC2", "i-0001"))),
        Bad("SCOPE-007 an unknown resource type is warned", "BKP5607",
            () => Scoped(Controls.BackupResourcesProtectedByBackupPlan(), ControlScope.ResourceTypes("RDS", "DynamoDb")), C0, "Scope.ComplianceResourceTypes[1]"),
        Good("SCOPE-007 the seed spelling FSX and the AWS Backup names are accepted", "BKP5607",
            () => Scoped(Controls.BackupResourcesProtectedByBackupPlan(), ControlScope.ResourceTypes("FSX", "EFS", "EKS", "Storage Gateway"))),
        Bad("SCOPE-009 a tag and resource types in one scope are warned", "BKP5609",
            () => Scoped(Controls.BackupResourcesProtectedByBackupPlan(), new ControlScope { ComplianceResourceTypes = ["EBS"], Tags = new Dictionary<string, string> { ["backup"] = "daily" } }), C0, "Scope"),
        Good("SCOPE-009 resource types alone are accepted", "BKP5609", () => Scoped(Controls.BackupResourcesProtectedByBackupPlan(), ControlScope.ResourceTypes("EBS"))),

        // PRE: prerequisites
        Bad("PRE-001 a framework without resource tracking is warned", "BKP5901",
            () => Fixture.App(s => s.AddFramework("Audit", Props())), Fw),
        Good("PRE-001 a recorder managed elsewhere, declared in another stack of the account and Region, is accepted", "BKP5901",
            () => TwoStacks(Fixture.Region, s => s.AddResourceTracking("Config", new ResourceTrackingProps { ManagedElsewhere = true, AllSupported = true }),
                Fixture.Region, s => s.AddFramework("Audit", Props()))),
        Bad("PRE-002 resource tracking without resource compliance is warned", "BKP5902",
            () => Fixture.App(s => s.AddResourceTracking("Tracking", Tracking with { ResourceTypes = ["AWS::Backup::BackupSelection"] })), "Test/Tracking", "ResourceTypes"),
        Good("PRE-002 recording every supported type is accepted", "BKP5902", () => Fixture.App(s => s.AddResourceTracking("Tracking", Tracking with { AllSupported = true, ResourceTypes = [] }))),
        Bad("PRE-003 a control whose resource type is not recorded is warned", "BKP5903",
            () => Fixture.App(s =>
            {
                s.AddResourceTracking("Tracking", Tracking with { ResourceTypes = [ResourceTracking.ResourceComplianceType, "AWS::Backup::BackupPlan"] });
                s.AddFramework("Audit", Props(null, Freq, Controls.BackupResourcesProtectedByBackupPlan()));
            }), "Test/Audit/Controls[1]"),
        Good("PRE-003 the five Audit Manager types cover every control", "BKP5903", () => Fixture.App(s => Framework(s, "Audit", new FrameworkProps { Controls = Controls.AwsBackupFramework() }))),
        Bad("PRE-005 a created recorder without a delivery bucket is warned", "BKP5905", () => Fixture.App(s => s.AddResourceTracking("Tracking")), "Test/Tracking", "DeliveryBucketName"),
        Good("PRE-005 a recorder managed elsewhere needs no bucket here", "BKP5905", () => Fixture.App(s => s.AddResourceTracking("Tracking", new ResourceTrackingProps { ManagedElsewhere = true }))),
        Good("PRE-005 a recorder with its delivery channel and the AWS Config service-linked role is accepted", "BKP5905",
            () => Fixture.App(s => s.AddResourceTracking("Tracking", Tracking with { CreateServiceLinkedRole = true, DeliveryKeyPrefix = "config" }))),
        Bad("PRE-007 a framework in Europe (Spain) is warned", "BKP5907", () => With(f => f, region: "eu-south-2"), Fw),
        Good("PRE-007 a framework in Europe (Ireland) is accepted", "BKP5907", () => With(f => f)),
        Bad("PRE-008 Redshift in a control scope is warned", "BKP5908",
            () => Scoped(Controls.BackupResourcesProtectedByBackupPlan(), ControlScope.ResourceTypes("EFS", "Redshift")), C0, "Scope.ComplianceResourceTypes[1]"),
        Good("PRE-008 EFS in a control scope is accepted", "BKP5908", () => Scoped(Controls.BackupResourcesProtectedByBackupPlan(), ControlScope.ResourceTypes("EFS"))),

        // CTRL: parameters and scopes of each control
        Bad("CTRL-BP-01 a parameter on the plan coverage control is rejected", "BKP5701",
            () => Audit(Custom(ControlCatalog.ResourcesProtectedByBackupPlan, P("requiredRetentionDays", "35"))), C0, "Parameters"),
        Good("CTRL-BP-01 the plan coverage control without parameters is accepted", "BKP5701", () => Audit(Controls.BackupResourcesProtectedByBackupPlan())),
        Bad("CTRL-FREQ-01 a frequency unit of weeks is rejected", "BKP5711",
            () => Audit(Custom(ControlCatalog.BackupPlanMinFrequencyAndMinRetention, P("requiredFrequencyUnit", "weeks"))), C0, "Parameters.requiredFrequencyUnit"),
        Good("CTRL-FREQ-01 a frequency unit of hours is accepted", "BKP5711", () => Audit(Controls.BackupPlanMinFrequencyAndMinRetention(Duration.Hours(12)))),
        Bad("CTRL-FREQ-02 a frequency of 36 hours is rejected", "BKP5712", () => Audit(Controls.BackupPlanMinFrequencyAndMinRetention(Duration.Hours(36))), C0, "Parameters.requiredFrequencyValue"),
        Bad("CTRL-FREQ-02 a frequency of 32 days is rejected", "BKP5712", () => Audit(Controls.BackupPlanMinFrequencyAndMinRetention(Duration.Days(32)))),
        Bad("CTRL-FREQ-02 a frequency value of 0 is rejected", "BKP5712", () => Audit(Custom(ControlCatalog.BackupPlanMinFrequencyAndMinRetention, P("requiredFrequencyValue", "0")))),
        Good("CTRL-FREQ-02 31 days and 24 hours are accepted", "BKP5712",
            () => Audit(Controls.BackupPlanMinFrequencyAndMinRetention(Duration.Days(31)), Controls.BackupPlanMinFrequencyAndMinRetention(Duration.Hours(24)))),
        Good("CTRL-FREQ-02 31 in the default unit (days) is accepted", "BKP5712", () => Audit(Custom(ControlCatalog.BackupPlanMinFrequencyAndMinRetention, P("requiredFrequencyValue", "31")))),
        Bad("CTRL-FREQ-03 a retention of 36 hours is rejected", "BKP5713",
            () => Audit(Controls.BackupPlanMinFrequencyAndMinRetention(retention: Duration.Hours(36))), C0, "Parameters.requiredRetentionDays"),
        Bad("CTRL-FREQ-03 a retention of 0 days is rejected", "BKP5713", () => Audit(Custom(ControlCatalog.BackupPlanMinFrequencyAndMinRetention, P("requiredRetentionDays", "0")))),
        Good("CTRL-FREQ-03 a retention of 35 days is accepted", "BKP5713", () => Audit(Controls.BackupPlanMinFrequencyAndMinRetention(retention: Duration.Days(35)))),
        Bad("CTRL-FREQ-04 a required retention of 6 days is warned", "BKP5714",
            () => Audit(Controls.BackupPlanMinFrequencyAndMinRetention(retention: Duration.Days(6))), C0, "Parameters.requiredRetentionDays"),
        Good("CTRL-FREQ-04 a required retention of 7 days is accepted", "BKP5714", () => Audit(Controls.BackupPlanMinFrequencyAndMinRetention(Duration.Hours(24), Duration.Days(7)))),
        Bad("CTRL-FREQ-05 the frequency control scoped by resource type is warned", "BKP5715", () => Scoped(Freq, ControlScope.ResourceTypes("RDS")), C0, "Scope.ComplianceResourceTypes"),
        Good("CTRL-FREQ-05 the frequency control scoped by tag is accepted", "BKP5715", () => Scoped(Freq, ControlScope.Tagged("customizedKey", "customizedValue"))),
        Bad("CTRL-DEL-01 six exempt roles are rejected", "BKP5721", () => Audit(Controls.BackupRecoveryPointManualDeletionDisabled(Roles(6))), C0, "Parameters.principalArnList"),
        Good("CTRL-DEL-01 five exempt roles are accepted", "BKP5721", () => Audit(Controls.BackupRecoveryPointManualDeletionDisabled(Roles(5)))),
        Bad("CTRL-DEL-02 a role name instead of an ARN is rejected", "BKP5722", () => Audit(Controls.BackupRecoveryPointManualDeletionDisabled("AccAdminRole")), C0, "Parameters.principalArnList"),
        Good("CTRL-DEL-02 role ARNs built from the account at deploy time are accepted", "BKP5722",
            () => Audit(Controls.BackupRecoveryPointManualDeletionDisabled($"arn:aws:iam::{Aws.AccountId}:role/AccAdminRole", $"arn:aws:iam::{Aws.AccountId}:role/ConfigRole"))),
        Bad("CTRL-DEL-02 a user ARN is warned", "BKP5726", () => Audit(Controls.BackupRecoveryPointManualDeletionDisabled("arn:aws:iam::111122223333:user/alice")), C0, "Parameters.principalArnList"),
        Good("CTRL-DEL-02 role ARNs with service paths are accepted", "BKP5726",
            () => Audit(Controls.BackupRecoveryPointManualDeletionDisabled(
                "arn:aws:iam::123456789012:role/application_abc/component_xyz/RDSAccess",
                "arn:aws:iam::123456789012:role/aws-service-role/access-analyzer.amazonaws.com/AWSServiceRoleForAccessAnalyzer",
                "arn:aws:iam::123456789012:role/service-role/QuickSightAction"))),
        Bad("CTRL-DEL-03 exempt role ARNs separated by comma and space are warned", "BKP5723",
            () => Audit(Custom(ControlCatalog.RecoveryPointManualDeletionDisabled, P("principalArnList", "arn:aws:iam::111122223333:role/A, arn:aws:iam::111122223333:role/B"))), C0, "Parameters.principalArnList"),
        Good("CTRL-DEL-03 the typed control writes the list without spaces", "BKP5723",
            () => Audit(Controls.BackupRecoveryPointManualDeletionDisabled(" arn:aws:iam::111122223333:role/A", "arn:aws:iam::111122223333:role/B "))),
        Bad("CTRL-DEL-04 the deletion control scoped by resource type is warned", "BKP5724", () => Scoped(Del, ControlScope.ResourceTypes(ControlScope.VaultType)), C0, "Scope.ComplianceResourceTypes"),
        Good("CTRL-DEL-04 the deletion control scoped to one vault is accepted", "BKP5724",
            () => Fixture.App(s =>
            {
                var vault = s.AddVault("Vault");
                Fixture.Plan(s, vault, BackupPlanRule.Daily());
                Framework(s, "Audit", Props(null, Del with { Scope = ControlScope.Vault(vault) }));
            })),
        Bad("CTRL-ENC-01 a parameter on the encryption control is rejected", "BKP5731", () => Audit(Custom(ControlCatalog.RecoveryPointEncrypted, P("kmsKeyArn", Fixture.KeyArn))), C0, "Parameters"),
        Good("CTRL-ENC-01 the encryption control without parameters is accepted", "BKP5731", () => Audit(Enc)),
        Bad("CTRL-ENC-02 the encryption control scoped by resource type is warned", "BKP5732", () => Scoped(Enc, ControlScope.ResourceTypes("EBS")), C0, "Scope.ComplianceResourceTypes"),
        Bad("CTRL-ENC-02 the encryption control scoped to one resource is warned", "BKP5732", () => Scoped(Enc, ControlScope.Resource("EBS", "vol-0001")), C0, "Scope.ComplianceResourceIds"),
        Good("CTRL-ENC-02 the encryption control scoped by tag is accepted", "BKP5732", () => Scoped(Enc, ControlScope.Tagged("backup", "daily"))),
        Bad("CTRL-RET-01 a retention of 12 hours is rejected", "BKP5741", () => Audit(Controls.BackupRecoveryPointMinimumRetention(Duration.Hours(12))), C0, "Parameters.requiredRetentionDays"),
        Bad("CTRL-RET-01 a retention of 35.5 days is rejected", "BKP5741", () => Audit(Custom(ControlCatalog.RecoveryPointMinimumRetention, P("requiredRetentionDays", "35.5")))),
        Good("CTRL-RET-01 a retention of one day is accepted", "BKP5741", () => Audit(Controls.BackupRecoveryPointMinimumRetention(Duration.Days(1)))),
        Bad("CTRL-RET-02 a required retention of 1 day is warned", "BKP5742", () => Audit(Controls.BackupRecoveryPointMinimumRetention(Duration.Days(1))), C0, "Parameters.requiredRetentionDays"),
        Good("CTRL-RET-02 a required retention of 7 days is accepted", "BKP5742", () => Audit(Controls.BackupRecoveryPointMinimumRetention(Duration.Days(7)))),
        Bad("CTRL-RET-03 the retention control scoped by resource type is warned", "BKP5743", () => Scoped(Ret, ControlScope.ResourceTypes("RDS")), C0, "Scope.ComplianceResourceTypes"),
        Good("CTRL-RET-03 the retention control scoped by tag is accepted", "BKP5743", () => Scoped(Ret, ControlScope.Tagged("backup", "daily"))),
        Bad("CTRL-XREG-01 a Region name that is not a code is rejected", "BKP5751",
            () => Audit(Controls.BackupResourcesProtectedByCrossRegion("eu-west-2", "Frankfurt")), C0, "Parameters.crossRegionList"),
        Good("CTRL-XREG-01 Region codes are accepted", "BKP5751", () => Audit(Controls.BackupResourcesProtectedByCrossRegion("eu-west-2", "us-east-1"))),
        Bad("CTRL-XREG-02 FSx in the cross-Region control is warned", "BKP5752",
            () => Scoped(Controls.BackupResourcesProtectedByCrossRegion(), ControlScope.ResourceTypes("FSx")), C0, "Scope.ComplianceResourceTypes[0]"),
        Good("CTRL-XREG-02 EFS in the cross-Region control is accepted", "BKP5752", () => Scoped(Controls.BackupResourcesProtectedByCrossRegion(), ControlScope.ResourceTypes("EFS"))),
        Bad("CTRL-XACC-01 six destination accounts are rejected", "BKP5761",
            () => Audit(Controls.BackupResourcesProtectedByCrossAccount([.. Enumerable.Range(1, 6).Select(i => $"44445555666{i}")])), C0, "Parameters.crossAccountList"),
        Bad("CTRL-XACC-01 a destination account of 5 digits is rejected", "BKP5761", () => Audit(Controls.BackupResourcesProtectedByCrossAccount("12345"))),
        Good("CTRL-XACC-01 five destination accounts are accepted", "BKP5761",
            () => Audit(Controls.BackupResourcesProtectedByCrossAccount([.. Enumerable.Range(1, 5).Select(i => $"44445555666{i}")]))),
        Bad("CTRL-XACC-03 FSx in the cross-account control is warned", "BKP5763",
            () => Scoped(Controls.BackupResourcesProtectedByCrossAccount(), ControlScope.ResourceTypes("RDS", "FSX")), C0, "Scope.ComplianceResourceTypes[1]"),
        Good("CTRL-XACC-03 RDS in the cross-account control is accepted", "BKP5763", () => Scoped(Controls.BackupResourcesProtectedByCrossAccount(), ControlScope.ResourceTypes("RDS"))),
        Bad("CTRL-LOCK-01 a minimum above the maximum is warned", "BKP5771",
            () => Audit(Controls.BackupResourcesProtectedByBackupVaultLock(Duration.Days(30), Duration.Days(7))), C0, "Parameters.minRetentionDays"),
        Bad("CTRL-LOCK-01 a maximum of 36501 days is warned", "BKP5771", () => Audit(Custom(ControlCatalog.ResourcesProtectedByBackupVaultLock, P("maxRetentionDays", "36501"))), C0, "Parameters.maxRetentionDays"),
        Bad("CTRL-LOCK-01 a minimum of 0 days is warned", "BKP5771", () => Audit(Custom(ControlCatalog.ResourcesProtectedByBackupVaultLock, P("minRetentionDays", "0")))),
        Good("CTRL-LOCK-01 bounds of 1 and 36500 days are accepted", "BKP5771", () => Audit(Controls.BackupResourcesProtectedByBackupVaultLock(Duration.Days(1), Duration.Days(36_500)))),
        Bad("CTRL-LAST-01 a time frame of 745 hours is rejected", "BKP5781", () => Audit(Controls.BackupLastRecoveryPointCreated(Duration.Hours(745))), C0, "Parameters.recoveryPointAgeValue"),
        Bad("CTRL-LAST-01 a time frame of 32 days is rejected", "BKP5781", () => Audit(Controls.BackupLastRecoveryPointCreated(Duration.Days(32)))),
        Bad("CTRL-LAST-01 a unit of weeks is rejected", "BKP5781",
            () => Audit(Custom(ControlCatalog.LastRecoveryPointCreated, P("recoveryPointAgeUnit", "weeks"), P("recoveryPointAgeValue", "1"))), C0, "Parameters.recoveryPointAgeUnit"),
        Good("CTRL-LAST-01 744 hours and 31 days are accepted", "BKP5781",
            () => Audit(Custom(ControlCatalog.LastRecoveryPointCreated, P("recoveryPointAgeUnit", "hours"), P("recoveryPointAgeValue", "744")),
                Controls.BackupLastRecoveryPointCreated(Duration.Days(31)))),
        Bad("CTRL-RTIME-01 a target of 0 minutes is rejected", "BKP5791", () => Audit(Controls.RestoreTimeForResourcesMeetTarget(Duration.Minutes(0))), C0, "Parameters.maxRestoreTime"),
        Bad("CTRL-RTIME-01 a target of 1.5 minutes is rejected", "BKP5791", () => Audit(Custom(ControlCatalog.RestoreTimeForResourcesMeetTarget, P("maxRestoreTime", "1.5")))),
        Good("CTRL-RTIME-01 a target of 720 minutes is accepted", "BKP5791",
            () => With(f => f with { Controls = [Controls.RestoreTimeForResourcesMeetTarget(Duration.Minutes(720))] }, RestoreTests("DynamoDB"))),
        Bad("CTRL-RTIME-02 the restore time control without restore tests of its types is warned", "BKP5792",
            () => With(f => f with { Controls = [Controls.RestoreTimeForResourcesMeetTarget(Duration.Minutes(720)) with { Scope = ControlScope.ResourceTypes("DynamoDB") }] }, RestoreTests("EBS")), C0),
        Bad("CTRL-RTIME-02 the restore time control without any restore test is warned", "BKP5792",
            () => Audit(Controls.RestoreTimeForResourcesMeetTarget(Duration.Minutes(720)))),
        Good("CTRL-RTIME-02 the restore time control with restore tests of its type is accepted", "BKP5792",
            () => With(f => f with { Controls = [Controls.RestoreTimeForResourcesMeetTarget(Duration.Minutes(720)) with { Scope = ControlScope.ResourceTypes("DynamoDB") }] }, RestoreTests("DynamoDB"))),
    ];

    private static Action<BackupStack> RestoreTests(string type) => s =>
        s.AddRestoreTestingPlan("RestoreTests", new RestoreTestingPlanProps { Schedule = Schedule.Daily(hour: 6) })
            .AddSelection("Selection", new RestoreTestingSelectionOptions { ProtectedResourceType = type });
}
