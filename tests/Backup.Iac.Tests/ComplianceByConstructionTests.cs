using System.Text.Json;
using Backup.Iac.Emit.CloudFormation;

namespace Backup.Iac.Tests;

/// <summary>
/// Governance catalog rows (FW, SCOPE, CTRL, PRE, RPT) that the model guarantees by construction, or that are checked
/// through another row's code. Each test names its rows and checks the guarantee on real output.
/// </summary>
public class ComplianceByConstructionTests
{
    private static JsonElement Resources(BackupApp app)
    {
        var result = app.Synth();
        Assert.False(result.HasErrors, string.Join("\n", result.Errors));
        return JsonDocument.Parse(CloudFormationEmitter.Emit(Assert.Single(result.Graphs)).GetText()).RootElement.GetProperty("Resources");
    }

    private static string Compact(JsonElement e) => JsonSerializer.Serialize(e);

    private static IEnumerable<JsonProperty> OfType(JsonElement resources, string type) =>
        resources.EnumerateObject().Where(r => r.Value.GetProperty("Type").GetString() == type);

    private static BackupApp Estate(string frameworkId = "Audit", string reportId = "Report") => Fixture.App(s =>
    {
        Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily());
        s.AddResourceTracking("Tracking", new ResourceTrackingProps { DeliveryBucketName = "config-bucket" });
        var framework = s.AddFramework(frameworkId, new FrameworkProps
        {
            Controls =
            [
                Controls.BackupRecoveryPointMinimumRetention(Duration.Days(35)) with { Scope = new ControlScope() },
                Controls.BackupRecoveryPointEncrypted() with { Scope = ControlScope.Tagged("backup", "daily") },
            ],
            Tags = new Dictionary<string, string> { ["team"] = "compliance" },
        });
        s.AddReportPlan(reportId, new ReportPlanProps
        {
            ReportSetting = ReportSetting.ControlCompliance(framework, framework),
            ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("reports", null, ReportFormat.Csv, ReportFormat.Csv),
            Tags = new Dictionary<string, string> { ["team"] = "compliance" },
        });
    });

    /// <summary>FW-002, RPT-002: a name left out is made from the construct ID and satisfies FW-001/RPT-001 (no invented name that AWS rejects).</summary>
    [Theory]
    [InlineData("my-framework", "my_framework", "R_1st")]
    [InlineData("2024.audit", "F2024_audit", "R_1st")]
    public void FW_002_and_RPT_002_default_names_are_valid(string id, string frameworkName, string reportName)
    {
        var app = Fixture.App(s =>
        {
            s.AddResourceTracking("Tracking", new ResourceTrackingProps { ManagedElsewhere = true });
            s.AddFramework(id, new FrameworkProps { Controls = [Controls.BackupRecoveryPointEncrypted()] });
            s.AddReportPlan("_1st", new ReportPlanProps { ReportSetting = ReportSetting.BackupJobs(), ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("reports") });
        });
        var resources = Resources(app);
        Assert.Equal(frameworkName, Assert.Single(OfType(resources, "AWS::Backup::Framework")).Value.GetProperty("Properties").GetProperty("FrameworkName").GetString());
        Assert.Equal(reportName, Assert.Single(OfType(resources, "AWS::Backup::ReportPlan")).Value.GetProperty("Properties").GetProperty("ReportPlanName").GetString());
        Assert.Equal(256, Framework.NameFromId(new string('-', 300), 'F').Length);
    }

    /// <summary>FW-011, FW-013, SCOPE-001, SCOPE-004: numbers are strings, tags are Key/Value lists, an empty scope is left out.</summary>
    [Fact]
    public void FW_011_FW_013_SCOPE_001_SCOPE_004_framework_shapes_follow_CloudFormation()
    {
        var framework = Assert.Single(OfType(Resources(Estate()), "AWS::Backup::Framework")).Value.GetProperty("Properties");
        var controls = framework.GetProperty("FrameworkControls").EnumerateArray().ToList();
        Assert.Equal(JsonValueKind.String, controls[0].GetProperty("ControlInputParameters")[0].GetProperty("ParameterValue").ValueKind);
        Assert.Equal("35", controls[0].GetProperty("ControlInputParameters")[0].GetProperty("ParameterValue").GetString());
        Assert.False(controls[0].TryGetProperty("ControlScope", out _));
        Assert.False(controls[1].TryGetProperty("ControlInputParameters", out _));
        Assert.Equal("""[{"Key":"backup","Value":"daily"}]""", Compact(controls[1].GetProperty("ControlScope").GetProperty("Tags")));
        Assert.Equal("""[{"Key":"team","Value":"compliance"}]""", Compact(framework.GetProperty("FrameworkTags")));
    }

    /// <summary>RPT-008, RPT-015, RPT-016, RPT-025, RPT-007: a framework of the stack is a GetAtt, lists are unique, no NumberOfFrameworks, tags as a list, an absent prefix is left out.</summary>
    [Fact]
    public void RPT_007_008_015_016_025_report_plan_shapes_follow_CloudFormation()
    {
        var resources = Resources(Estate());
        var framework = Assert.Single(OfType(resources, "AWS::Backup::Framework")).Name;
        var plan = Assert.Single(OfType(resources, "AWS::Backup::ReportPlan")).Value.GetProperty("Properties");
        var setting = plan.GetProperty("ReportSetting");
        Assert.Equal($$"""[{"Fn::GetAtt":["{{framework}}","FrameworkArn"]}]""", Compact(setting.GetProperty("FrameworkArns")));
        Assert.False(setting.TryGetProperty("NumberOfFrameworks", out _));
        Assert.Equal("""["CSV"]""", Compact(plan.GetProperty("ReportDeliveryChannel").GetProperty("Formats")));
        Assert.False(plan.GetProperty("ReportDeliveryChannel").TryGetProperty("S3KeyPrefix", out _));
        Assert.Equal("""[{"Key":"team","Value":"compliance"}]""", Compact(plan.GetProperty("ReportPlanTags")));
    }

    /// <summary>PRE-001, PRE-005, PRE-006: the recorder uses the AWS Config service-linked role, its delivery channel and the framework are created after it, and no role is made for the reports service-linked role.</summary>
    [Fact]
    public void PRE_001_005_006_resource_tracking_is_created_first_and_no_reports_role_is_modelled()
    {
        var resources = Resources(Estate());
        var recorder = Assert.Single(OfType(resources, "AWS::Config::ConfigurationRecorder"));
        var channel = Assert.Single(OfType(resources, "AWS::Config::DeliveryChannel"));
        Assert.Contains("AWSServiceRoleForConfig", recorder.Value.GetProperty("Properties").GetProperty("RoleARN").GetRawText(), StringComparison.Ordinal);
        Assert.Equal([recorder.Name], channel.Value.GetProperty("DependsOn").EnumerateArray().Select(e => e.GetString()));
        var framework = Assert.Single(OfType(resources, "AWS::Backup::Framework"));
        Assert.Equal(new[] { channel.Name, recorder.Name }.Order(StringComparer.Ordinal), framework.Value.GetProperty("DependsOn").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(OfType(resources, "AWS::IAM::ServiceLinkedRole"));
        Assert.DoesNotContain(resources.EnumerateObject(), r => r.Value.GetRawText().Contains("AWSServiceRoleForBackupReports", StringComparison.Ordinal));

        // A recorder managed elsewhere writes nothing; the service-linked role of Config is created only on request.
        var elsewhere = Resources(Fixture.App(s => s.AddResourceTracking("Tracking", new ResourceTrackingProps { ManagedElsewhere = true })));
        Assert.Empty(elsewhere.EnumerateObject());
        var withRole = Resources(Fixture.App(s => s.AddResourceTracking("Tracking", new ResourceTrackingProps { DeliveryBucketName = "b", CreateServiceLinkedRole = true, AllSupported = true })));
        Assert.Equal("config.amazonaws.com", Assert.Single(OfType(withRole, "AWS::IAM::ServiceLinkedRole")).Value.GetProperty("Properties").GetProperty("AWSServiceName").GetString());
        Assert.Equal("""{"AllSupported":true}""", Compact(Assert.Single(OfType(withRole, "AWS::Config::ConfigurationRecorder")).Value.GetProperty("Properties").GetProperty("RecordingGroup")));
    }

    /// <summary>FW-015: the AWS Backup framework preset lists all ten controls and counts ten toward the 50 controls of FW-009.</summary>
    [Fact]
    public void FW_015_the_AWS_Backup_framework_preset_has_the_ten_controls_and_counts_ten()
    {
        var preset = Controls.AwsBackupFramework();
        Assert.Equal(ControlCatalog.All.Select(c => c.Name).Order(StringComparer.Ordinal), preset.Select(c => c.ControlName).Order(StringComparer.Ordinal));
        BackupApp With(int extra) => Fixture.App(s =>
        {
            s.AddResourceTracking("Tracking", new ResourceTrackingProps { ManagedElsewhere = true, AllSupported = true });
            s.AddFramework("Preset", new FrameworkProps { Controls = preset });
            s.AddFramework("More", new FrameworkProps { Controls = [.. Enumerable.Range(1, extra).Select(i => Controls.BackupRecoveryPointMinimumRetention(Duration.Days(6 + i)))] });
        });
        Assert.DoesNotContain(With(40).Synth().Diagnostics, d => d.Code == "BKP5509");
        Assert.Contains(With(41).Synth().Diagnostics, d => d.Code == "BKP5509");
    }

    /// <summary>SCOPE-008: every scope kind a control does not list is reported, with that control's own row (CTRL-FREQ-05, CTRL-DEL-04, CTRL-ENC-02, CTRL-RET-03).</summary>
    [Fact]
    public void SCOPE_008_each_unlisted_scope_kind_is_reported_with_the_controls_own_code()
    {
        var scopes = new Dictionary<ControlScopeKinds, ControlScope>
        {
            [ControlScopeKinds.Tagged] = ControlScope.Tagged("backup", "daily"),
            [ControlScopeKinds.ResourceTypes] = ControlScope.ResourceTypes("EBS"),
            [ControlScopeKinds.SingleResource] = ControlScope.Resource("EBS", "vol-0001"),
        };
        var codes = new Dictionary<string, string> { ["FREQ"] = "BKP5715", ["DEL"] = "BKP5724", ["ENC"] = "BKP5732", ["RET"] = "BKP5743" };
        var scopeCodes = codes.Values.ToHashSet();
        foreach (var definition in ControlCatalog.All)
        {
            foreach (var (kind, scope) in scopes)
            {
                var control = FrameworkControl.Custom(definition.Name, definition.Name == ControlCatalog.RestoreTimeForResourcesMeetTarget.Name ? [new ControlInputParameter("maxRestoreTime", "60")] : []) with { Scope = scope };
                var app = Fixture.App(s => s.AddFramework("Audit", new FrameworkProps { Controls = [control] }));
                var reported = app.Synth().Diagnostics.Where(d => scopeCodes.Contains(d.Code)).Select(d => d.Code).ToList();
                if (definition.AllowedScopes.HasFlag(kind))
                {
                    Assert.True(reported.Count == 0, $"{definition.Code} {kind}: {string.Join(",", reported)}");
                }
                else
                {
                    Assert.Equal([codes[definition.Code]], reported);
                }
            }
        }
    }
}
