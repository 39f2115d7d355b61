using System.Text.Json;
using Backup.Iac.Emit.CloudFormation;
using YamlDotNet.RepresentationModel;

namespace Backup.Iac.Tests;

/// <summary>
/// Frameworks and report plans checked against oracles: the documented examples of the governance catalog §8.2
/// (read from the seed text by line) and the real-world templates of ../shared/corpus, rebuilt as models. The emitted
/// controls and report settings must equal theirs, and validation must raise no error on them (only the warnings the
/// catalog documents for them).
/// </summary>
public class ComplianceOracleTests
{
    private static readonly Lazy<string[]> SeedFile = new(() => File.ReadAllLines(Path.Combine(Repo.Shared, "seeds", "aws-backup-developer-guide.txt")));

    private static string[] Seed => SeedFile.Value;

    private static string SeedLines(int first, int last) => string.Join("\n", Seed[(first - 1)..last]);

    private static string Corpus(string name) => File.ReadAllText(Path.Combine(Repo.Shared, "corpus", "cloudformation", name));

    private static YamlMappingNode Yaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    /// <summary>The resources of a type in a YAML template, by logical ID.</summary>
    private static List<(string Id, YamlMappingNode Properties)> Resources(YamlMappingNode template, string type) =>
        [.. ((YamlMappingNode)template.Children[new YamlScalarNode("Resources")]).Children
            .Where(r => ((YamlMappingNode)r.Value).Children.TryGetValue(new YamlScalarNode("Type"), out var t) && ((YamlScalarNode)t).Value == type)
            .Select(r => (((YamlScalarNode)r.Key).Value!, (YamlMappingNode)((YamlMappingNode)r.Value).Children[new YamlScalarNode("Properties")]))];

    private static YamlNode? Get(YamlNode node, string key) =>
        node is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    /// <summary>A YAML value as text: a scalar, <c>${X}</c> for <c>!Ref X</c>, the string of <c>!Sub</c>.</summary>
    private static string Text(YamlNode node) => node switch
    {
        YamlScalarNode s when TagOf(s) == "!Ref" => "${" + s.Value + "}",
        YamlScalarNode s => s.Value ?? "",
        _ => throw new InvalidOperationException("Not a scalar: " + node),
    };

    private static string? TagOf(YamlNode node) => node.Tag.IsEmpty || node.Tag.IsNonSpecific ? null : node.Tag.Value;

    /// <summary>An emitted JSON value as text: strings, <c>${X}</c> for a Ref, joins concatenated.</summary>
    private static string Text(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString()!,
        JsonValueKind.Object when e.TryGetProperty("Ref", out var r) => "${" + r.GetString() + "}",
        JsonValueKind.Object when e.TryGetProperty("Fn::Join", out var j) => string.Concat(j[1].EnumerateArray().Select(Text)),
        JsonValueKind.Object when e.TryGetProperty("Fn::GetAtt", out var g) => "${" + g[0].GetString() + "." + g[1].GetString() + "}",
        _ => e.GetRawText(),
    };

    private static IEnumerable<YamlNode> Items(YamlNode? node) => node is YamlSequenceNode s ? s.Children : [];

    /// <summary>A control (in a !If, its "then" branch) in an order-free form: name, sorted parameters, scope.</summary>
    private static string ControlKey(YamlNode control)
    {
        if (control is YamlSequenceNode choice && TagOf(choice) == "!If")
        {
            control = choice.Children[1];
        }

        var parameters = Items(Get(control, "ControlInputParameters")).Select(p => Text(Get(p, "ParameterName")!) + "=" + Text(Get(p, "ParameterValue")!)).Order(StringComparer.Ordinal);
        var scope = Get(control, "ControlScope");
        var types = Items(Get(scope ?? new YamlMappingNode(), "ComplianceResourceTypes")).Select(Text).Order(StringComparer.Ordinal);
        var ids = Items(Get(scope ?? new YamlMappingNode(), "ComplianceResourceIds")).Select(Text).Order(StringComparer.Ordinal);
        var tags = Items(Get(scope ?? new YamlMappingNode(), "Tags")).Select(t => Text(Get(t, "Key")!) + "=" + Text(Get(t, "Value")!)).Order(StringComparer.Ordinal);
        return $"{Text(Get(control, "ControlName")!)}({string.Join(";", parameters)}) {{{string.Join(",", types)}|{string.Join(",", ids)}|{string.Join(",", tags)}}}";
    }

    private static string ControlKey(JsonElement control)
    {
        IEnumerable<JsonElement> List(JsonElement e, string name) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v.EnumerateArray() : [];
        var scope = control.TryGetProperty("ControlScope", out var s) ? s : default;
        var parameters = List(control, "ControlInputParameters").Select(p => Text(p.GetProperty("ParameterName")) + "=" + Text(p.GetProperty("ParameterValue"))).Order(StringComparer.Ordinal);
        var types = List(scope, "ComplianceResourceTypes").Select(Text).Order(StringComparer.Ordinal);
        var ids = List(scope, "ComplianceResourceIds").Select(Text).Order(StringComparer.Ordinal);
        var tags = List(scope, "Tags").Select(t => Text(t.GetProperty("Key")) + "=" + Text(t.GetProperty("Value"))).Order(StringComparer.Ordinal);
        return $"{Text(control.GetProperty("ControlName"))}({string.Join(";", parameters)}) {{{string.Join(",", types)}|{string.Join(",", ids)}|{string.Join(",", tags)}}}";
    }

    /// <summary>Synthesizes an app that must have no error; returns the diagnostics and the emitted resources of a type.</summary>
    private static (IReadOnlyList<Diagnostic> Diagnostics, List<JsonElement> Resources) Emit(BackupApp app, string type)
    {
        var result = app.Synth();
        Assert.False(result.HasErrors, string.Join("\n", result.Errors));
        var resources = result.Graphs.SelectMany(g => JsonDocument.Parse(CloudFormationEmitter.Emit(g).GetText()).RootElement.GetProperty("Resources").EnumerateObject())
            .Where(r => r.Value.GetProperty("Type").GetString() == type).Select(r => r.Value.GetProperty("Properties")).ToList();
        return (result.Diagnostics, resources);
    }

    private static List<string> ControlKeys(JsonElement framework) => [.. framework.GetProperty("FrameworkControls").EnumerateArray().Select(ControlKey)];

    private static List<string> ControlKeys(YamlMappingNode framework) => [.. Items(Get(framework, "FrameworkControls")).Select(ControlKey)];

    private static BackupApp Stack(Action<BackupStack> build, string? account = null, string? region = null) => Fixture.App(s =>
    {
        s.AddResourceTracking("Tracking", new ResourceTrackingProps { ManagedElsewhere = true, AllSupported = true });
        build(s);
    }, account, region);

    private static List<string> Codes(IEnumerable<Diagnostic> diagnostics) => [.. diagnostics.Where(d => d.Severity != Severity.Info).Select(d => d.Code).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>E-FW-1 (DG L15566-15602): the ten default controls, built with the typed factories, emit exactly the seed's controls (FW-015, FW-011 numbers as strings, SCOPE-004 tag list).</summary>
    [SharedFact]
    public void E_FW_1_the_default_controls_template_is_reproduced_by_the_typed_factories()
    {
        var seed = Resources(Yaml(SeedLines(15566, 15602)), "AWS::Backup::Framework").Single().Properties;
        var controls = Backup.Iac.Controls.AwsBackupFramework().Select(c => c.ControlName == ControlCatalog.BackupPlanMinFrequencyAndMinRetention.Name
            ? c with { Scope = ControlScope.Tagged("customizedKey", "customizedValue") } : c).ToList();
        var (diagnostics, emitted) = Emit(Stack(s => s.AddFramework("TestFramework", new FrameworkProps { Controls = controls })), "AWS::Backup::Framework");
        Assert.Equal(ControlKeys(seed), ControlKeys(Assert.Single(emitted)));
        Assert.Equal(10, ControlKeys(seed).Count);
        Assert.Equal(["BKP5792"], Codes(diagnostics)); // the restore time control, with no restore tests in this template
    }

    /// <summary>E-FW-2 (DG L15609-15624, L15618-15620 joined): two exempt roles built from the account at deploy time.</summary>
    [SharedFact]
    public void E_FW_2_exempt_roles_with_the_deploying_account_match_the_seed_template()
    {
        var text = SeedLines(15609, 15617) + "\n              ParameterValue: !Sub " + Seed[15618].Trim() + Seed[15619].Trim() + "\n" + SeedLines(15621, 15624);
        var seed = Resources(Yaml(text), "AWS::Backup::Framework").Single().Properties;
        var control = Backup.Iac.Controls.BackupRecoveryPointManualDeletionDisabled($"arn:aws:iam::{Aws.AccountId}:role/AccAdminRole", $"arn:aws:iam::{Aws.AccountId}:role/ConfigRole");
        var (diagnostics, emitted) = Emit(Stack(s => s.AddFramework("TestFramework", new FrameworkProps { Controls = [control] }), account: null), "AWS::Backup::Framework");
        Assert.Equal(ControlKeys(seed), ControlKeys(Assert.Single(emitted)));
        Assert.Empty(Codes(diagnostics));
    }

    /// <summary>E-FW-3 (DG L13586-13656, L13589-13590 joined): the described framework's five controls; empty scopes and the empty description are left out (SCOPE-001, GOQ-02).</summary>
    [SharedFact]
    public void E_FW_3_the_described_framework_is_reproduced_and_empty_scopes_are_left_out()
    {
        var json = SeedLines(13587, 13588) + "\n\"FrameworkArn\":\"arn:aws:backup:us-east-1:accountId:framework:test-f0001b0a-0000-1111-ad3d-4444f5cc6666\",\n" + SeedLines(13591, 13656);
        var seed = JsonDocument.Parse(json).RootElement;
        var controls = new[]
        {
            Backup.Iac.Controls.BackupRecoveryPointMinimumRetention(Duration.Days(1)),
            FrameworkControl.Custom(ControlCatalog.BackupPlanMinFrequencyAndMinRetention.Name,
                new ControlInputParameter("requiredFrequencyUnit", "hours"), new ControlInputParameter("requiredRetentionDays", "35"), new ControlInputParameter("requiredFrequencyValue", "1")),
            Backup.Iac.Controls.BackupResourcesProtectedByBackupPlan(),
            Backup.Iac.Controls.BackupRecoveryPointEncrypted(),
            Backup.Iac.Controls.BackupRecoveryPointManualDeletionDisabled(),
        };
        var (diagnostics, emitted) = Emit(Stack(s => s.AddFramework("test", new FrameworkProps { Controls = controls }), region: "us-east-1"), "AWS::Backup::Framework");
        var framework = Assert.Single(emitted);
        Assert.Equal(seed.GetProperty("FrameworkControls").EnumerateArray().Select(ControlKey), ControlKeys(framework));
        Assert.All(framework.GetProperty("FrameworkControls").EnumerateArray(), c => Assert.False(c.TryGetProperty("ControlScope", out _)));
        Assert.False(framework.TryGetProperty("FrameworkDescription", out _));
        Assert.Equal("test", framework.GetProperty("FrameworkName").GetString());
        Assert.Equal(["BKP5742"], Codes(diagnostics)); // CTRL-RET-02: a required retention of 1 day is below the recommended week
    }

    /// <summary>E-RPT-1 (DG L15630-15668, leading space of L15645 removed): the report plan with deploy-time template, bucket and prefix.</summary>
    [SharedFact]
    public void E_RPT_1_the_report_plan_template_is_reproduced()
    {
        var seed = Resources(Yaml(SeedLines(15630, 15644) + "\nResources:\n" + SeedLines(15646, 15668)), "AWS::Backup::ReportPlan").Single().Properties;
        var app = Fixture.App(s => s.AddReportPlan("TestReportPlan", new ReportPlanProps
        {
            Description = new StackParameter("ReportPlanDescription").Value,
            ReportSetting = new ReportSetting
            {
                ReportTemplate = ReportTemplate.FromName(new StackParameter("ReportTemplate").Value),
                Regions = ["us-west-2", "eu-west-1", "us-east-1"],
                Accounts = ["123456789098"],
                OrganizationUnits = ["ou-abcd-1234wxyz"],
            },
            ReportDeliveryChannel = ReportDeliveryChannel.ToBucket(new StackParameter("S3BucketName").Value, new StackParameter("S3KeyPrefix").Value, ReportFormat.Csv),
            Tags = new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" },
        }), account: null);
        var (diagnostics, emitted) = Emit(app, "AWS::Backup::ReportPlan");
        var plan = Assert.Single(emitted);
        foreach (var key in new[] { "ReportPlanDescription" })
        {
            Assert.Equal(Text(Get(seed, key)!), Text(plan.GetProperty(key)));
        }

        var channel = Get(seed, "ReportDeliveryChannel")!;
        Assert.Equal([.. Items(Get(channel, "Formats")).Select(Text)], plan.GetProperty("ReportDeliveryChannel").GetProperty("Formats").EnumerateArray().Select(Text));
        Assert.Equal(Text(Get(channel, "S3BucketName")!), Text(plan.GetProperty("ReportDeliveryChannel").GetProperty("S3BucketName")));
        Assert.Equal(Text(Get(channel, "S3KeyPrefix")!), Text(plan.GetProperty("ReportDeliveryChannel").GetProperty("S3KeyPrefix")));
        var setting = Get(seed, "ReportSetting")!;
        Assert.Equal(Text(Get(setting, "ReportTemplate")!), Text(plan.GetProperty("ReportSetting").GetProperty("ReportTemplate")));
        foreach (var key in new[] { "Regions", "Accounts", "OrganizationUnits" })
        {
            Assert.Equal([.. Items(Get(setting, key)).Select(Text)], plan.GetProperty("ReportSetting").GetProperty(key).EnumerateArray().Select(Text));
        }

        Assert.Equal([.. Items(Get(seed, "ReportPlanTags")).Select(t => Text(Get(t, "Key")!) + "=" + Text(Get(t, "Value")!))],
            plan.GetProperty("ReportPlanTags").EnumerateArray().Select(t => Text(t.GetProperty("Key")) + "=" + Text(t.GetProperty("Value"))));
        Assert.Empty(Codes(diagnostics)); // RPT-017 (BKP5867, needs the management or a delegated administrator account) is an info: that account is outside the template
        Assert.Contains(diagnostics, d => d.Code == "BKP5867" && d.Severity == Severity.Info);
    }

    public static TheoryData<string, string[]> CorpusFrameworks => new()
    {
        { "aws-samples__aws-backup-compliance__aws-backupauditmanager-securityhub__cft__aws-backupauditmanager-securityhub.yaml", [] },
        { "aws-samples__aws-backup-compliance__aws-devops-backupcompliance__cft__aws-backupcompliance-framework-v1.yaml", [] },
        { "aws-samples__aws-backup-compliance__aws-devops-backupcompliance__cft__aws-backupcompliance-framework.yaml", [] },
        { "aws-samples__backup-recovery-with-aws-backup__cloudformation__stacks__aws-backup-member-account-config-framework.yaml", ["BKP5792"] },
    };

    /// <summary>
    /// The corpus frameworks (no-false-alarm set): each is rebuilt as a model from its controls with
    /// <see cref="FrameworkControl.Custom"/> and <see cref="ControlScope"/>, must raise no error and only the listed
    /// warnings, and must emit the same controls (a <c>!If</c> taken on its "then" branch).
    /// </summary>
    [SharedTheory]
    [MemberData(nameof(CorpusFrameworks))]
    public void Corpus_frameworks_are_rebuilt_without_false_alarms(string file, string[] expectedWarnings)
    {
        var frameworks = Resources(Yaml(Corpus(file)), "AWS::Backup::Framework");
        Assert.NotEmpty(frameworks);
        var app = Stack(s =>
        {
            foreach (var (id, properties) in frameworks)
            {
                s.AddFramework(id, new FrameworkProps { Controls = [.. Items(Get(properties, "FrameworkControls")).Select(Mirror)] });
            }
        });
        var (diagnostics, emitted) = Emit(app, "AWS::Backup::Framework");
        Assert.Equal(frameworks.Select(f => ControlKeys(f.Properties)), emitted.Select(ControlKeys));
        Assert.Equal(expectedWarnings, Codes(diagnostics));
    }

    /// <summary>A corpus control as a model: <see cref="FrameworkControl.Custom"/> with its parameters and scope.</summary>
    private static FrameworkControl Mirror(YamlNode control)
    {
        if (control is YamlSequenceNode choice && TagOf(choice) == "!If")
        {
            control = choice.Children[1];
        }

        var parameters = Items(Get(control, "ControlInputParameters")).Select(p => new ControlInputParameter(Text(Get(p, "ParameterName")!), Text(Get(p, "ParameterValue")!))).ToArray();
        var result = FrameworkControl.Custom(Text(Get(control, "ControlName")!), parameters);
        if (Get(control, "ControlScope") is { } scope)
        {
            var ids = Get(scope, "ComplianceResourceIds");
            result = result with
            {
                Scope = new ControlScope
                {
                    ComplianceResourceTypes = [.. Items(Get(scope, "ComplianceResourceTypes")).Select(Text)],
                    ComplianceResourceIds = ids is null ? null : [.. Items(ids).Select(Text)],
                    Tags = Get(scope, "Tags") is { } tags ? Items(tags).ToDictionary(t => Text(Get(t, "Key")!), t => Text(Get(t, "Value")!)) : null,
                },
            };
        }

        return result;
    }

    /// <summary>
    /// The corpus report plans (aws-samples backup-recovery-with-aws-backup aws-backup-report-plan.yaml), mirrored with
    /// a literal OU for the SSM list parameter: no error; the warnings the catalog documents for this sample (RPT-012
    /// compliance reports without frameworks, RPT-027 / RPT-017 organization-wide reports); the same settings emitted.
    /// </summary>
    [SharedFact]
    public void Corpus_report_plans_are_rebuilt_without_false_alarms()
    {
        var plans = Resources(Yaml(Corpus("aws-samples__backup-recovery-with-aws-backup__cloudformation__stacks__aws-backup-report-plan.yaml")), "AWS::Backup::ReportPlan");
        Assert.Equal(5, plans.Count);
        var app = Fixture.App(s =>
        {
            foreach (var (id, p) in plans)
            {
                var setting = Get(p, "ReportSetting")!;
                var channel = Get(p, "ReportDeliveryChannel")!;
                s.AddReportPlan(id, new ReportPlanProps
                {
                    Description = Text(Get(p, "ReportPlanDescription")!),
                    ReportSetting = new ReportSetting
                    {
                        ReportTemplate = ReportTemplate.FromName(Text(Get(setting, "ReportTemplate")!)),
                        Regions = [.. Items(Get(setting, "Regions")).Select(Text)],
                        OrganizationUnits = ["ou-abcd-1234wxyz"],
                    },
                    ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("report-bucket", Text(Get(channel, "S3KeyPrefix")!), [.. Items(Get(channel, "Formats")).Select(f => Enum.Parse<ReportFormat>(Text(f), ignoreCase: true))]),
                });
            }
        });
        var (diagnostics, emitted) = Emit(app, "AWS::Backup::ReportPlan");
        Assert.Equal(["BKP5812"], Codes(diagnostics)); // BKP5827 and BKP5867 (the management or a delegated administrator account) are infos
        Assert.Contains(diagnostics, d => d.Code == "BKP5827" && d.Severity == Severity.Info);
        Assert.Equal(2, diagnostics.Count(d => d.Code == "BKP5812"));
        Assert.Equal(
            plans.Select(p => Text(Get(Get(p.Properties, "ReportSetting")!, "ReportTemplate")!) + " " + Text(Get(Get(p.Properties, "ReportDeliveryChannel")!, "S3KeyPrefix")!)).Order(StringComparer.Ordinal),
            emitted.Select(e => e.GetProperty("ReportSetting").GetProperty("ReportTemplate").GetString() + " " + e.GetProperty("ReportDeliveryChannel").GetProperty("S3KeyPrefix").GetString()).Order(StringComparer.Ordinal));
        Assert.All(emitted, e => Assert.Equal(["*"], e.GetProperty("ReportSetting").GetProperty("Regions").EnumerateArray().Select(Text)));
    }

    /// <summary>Every control and parameter name in the corpus is in the typed catalog (FW-010, FW-012).</summary>
    [SharedFact]
    public void Every_corpus_control_and_parameter_is_in_the_catalog()
    {
        var names = CorpusFrameworks.Select(row => (string)row[0])
            .SelectMany(f => Resources(Yaml(Corpus(f)), "AWS::Backup::Framework"))
            .SelectMany(f => Items(Get(f.Properties, "FrameworkControls")).Select(Mirror)).ToList();
        Assert.Equal(23, names.Count);
        Assert.All(names, c =>
        {
            var definition = ControlCatalog.Find(c.ControlName);
            Assert.NotNull(definition);
            Assert.All(c.Parameters, p => Assert.NotNull(definition.Parameter(p.ParameterName)));
        });
        Assert.Equal(ControlCatalog.All.Select(c => c.Name).Order(StringComparer.Ordinal), names.Select(c => c.ControlName).Distinct().Order(StringComparer.Ordinal));
    }
}
