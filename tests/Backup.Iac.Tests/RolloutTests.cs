using System.Text.Json;
using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Graph;
using Backup.Iac.Tests.Constraints;

namespace Backup.Iac.Tests;

/// <summary>Organization-wide rollouts on StackSets: the management template's StackSet, the URL fallback, and a broken rollout's diagnostics.</summary>
public class RolloutTests
{
    /// <summary>A vault-name mismatch (a copy destination), a lock that refuses the policy's 35 days, a named role in two Regions.</summary>
    public static BackupApp Broken() => RolloutCases.Rollout(new RolloutCases.Options
    {
        LocalCopyVault = "missing",
        Lock = VaultLock.Governance(Duration.Days(60), Duration.Days(365)),
        RoleRegions = ["us-east-1", "eu-west-1"],
    });

    [Fact]
    public void Broken_rollout_reports_the_vault_mismatch_the_lock_and_the_named_role()
    {
        var result = Broken().Synth();
        var rollout = result.Diagnostics.Where(d => d.Code.StartsWith("BKP706", StringComparison.Ordinal)).ToList();
        Golden.Match("tests/Golden/OrgRollout/broken-diagnostics.txt", string.Concat(rollout.Select(d => d + "\n")));
        Assert.Contains(rollout, d => d.Code == "BKP7060" && d.Message.Contains("'other'", StringComparison.Ordinal) is false && d.Message.Contains("'missing'", StringComparison.Ordinal));
        Assert.Contains(rollout, d => d.Code == "BKP7062" && d.Message.Contains("35 days", StringComparison.Ordinal) && d.Message.Contains("60 to 365 days", StringComparison.Ordinal));
        Assert.Contains(rollout, d => d.Code == "BKP7063" && d.Path == "Role/BackupRole");
        Assert.True(result.HasErrors);
        Assert.Empty(result.Graphs);
    }

    [Fact]
    public void The_StackSet_is_service_managed_with_the_member_template_as_a_json_string()
    {
        var result = OrgRollout.OrgRolloutEstate.Build().Synth();
        var management = result.Graphs.Single(g => g.StackName == "Management");
        var member = result.Graphs.Single(g => g.StackName == "MemberVaults");
        using var template = JsonDocument.Parse(CloudFormationEmitter.Emit(management).GetText());
        var stackSet = template.RootElement.GetProperty("Resources").EnumerateObject()
            .Single(r => r.Value.GetProperty("Type").GetString() == ResourceTypes.StackSet && r.Name.StartsWith("MemberVaults", StringComparison.Ordinal)).Value.GetProperty("Properties");
        Assert.Equal("SERVICE_MANAGED", stackSet.GetProperty("PermissionModel").GetString());
        Assert.True(stackSet.GetProperty("AutoDeployment").GetProperty("Enabled").GetBoolean());
        Assert.Equal(["us-east-1", "eu-west-1"], stackSet.GetProperty("StackInstancesGroup")[0].GetProperty("Regions").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.String, stackSet.GetProperty("TemplateBody").ValueKind);
        Assert.Equal(CloudFormationEmitter.Emit(member).GetText(), stackSet.GetProperty("TemplateBody").GetString());
        Assert.False(stackSet.TryGetProperty("TemplateURL", out _));
    }

    [Fact]
    public void The_role_StackSet_asks_for_named_IAM_capabilities()
    {
        var management = OrgRollout.OrgRolloutEstate.Build().Synth().Graphs.Single(g => g.StackName == "Management");
        var roles = management.Resources.Single(r => r.Type == ResourceTypes.StackSet && r.LogicalId.StartsWith("MemberRole", StringComparison.Ordinal));
        Assert.Equal(new ListValue(["CAPABILITY_NAMED_IAM"]), roles.Properties.Entries["Capabilities"]);
        var vaults = management.Resources.Single(r => r.Type == ResourceTypes.StackSet && r.LogicalId.StartsWith("MemberVaults", StringComparison.Ordinal));
        Assert.False(vaults.Properties.Entries.ContainsKey("Capabilities"));
    }

    /// <summary>A member stack of 120 vaults with notifications: its template is over 51,200 bytes.</summary>
    private static BackupApp Large(string callAs = "self")
    {
        var app = new BackupApp();
        var management = app.AddStack("Management", new BackupStackProps { Account = "111111111111", Region = "us-east-1" });
        var member = app.AddMemberStack("Member", new MemberStackProps
        {
            Management = management,
            OrganizationalUnits = [PolicyTarget.OrganizationalUnit("ou-a1b2-pr000001")],
            Regions = ["us-east-1"],
            CallAs = callAs == "self" ? StackSetCallAs.Self : StackSetCallAs.DelegatedAdmin,
        });
        for (var i = 0; i < 120; i++)
        {
            member.AddVault("Vault" + i, new BackupVaultProps
            {
                BackupVaultName = "member-vault-with-a-rather-long-name-" + i,
                Notifications = new VaultNotifications { TopicArn = "arn:aws:sns:us-east-1:111111111111:backup-events", Events = [BackupVaultEvent.BackupJobCompleted, BackupVaultEvent.RestoreJobCompleted] },
            });
        }

        return app;
    }

    [Fact]
    public void A_member_template_over_51200_bytes_is_deployed_from_a_url_parameter()
    {
        var result = Large().Synth();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var management = result.Graphs.Single(g => g.StackName == "Management");
        var member = result.Graphs.Single(g => g.StackName == "Member");
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(CloudFormationEmitter.Emit(member).GetText()) > StackSetTemplates.InlineBodyLimit);

        var resolved = StackSetTemplates.Resolve(management);
        var stackSet = resolved.Resources.Single(r => r.Type == ResourceTypes.StackSet);
        Assert.False(stackSet.Properties.Entries.ContainsKey("TemplateBody"));
        var url = Assert.IsType<ParameterValue>(stackSet.Properties.Entries["TemplateURL"]);
        Assert.Equal(StackSetTemplates.UrlParameterName(stackSet), url.Declaration.Name);
        Assert.Contains(resolved.Parameters, p => p.Name == url.Declaration.Name);

        var info = Assert.Single(CloudFormationEmitter.Emit(management, stackPath: "Management").Diagnostics);
        Assert.Equal("BKP8003", info.Code);
        Assert.Equal(Severity.Info, info.Severity);
        Assert.Contains("Member.template.json", info.Message, StringComparison.Ordinal);
        Assert.Empty(CloudFormationEmitter.Emit(OrgRollout.OrgRolloutEstate.Build().Synth().Graphs.Single(g => g.StackName == "Management"), stackPath: "Management").Diagnostics);
    }

    [CfnLintFact]
    public void Management_templates_with_an_inline_body_a_url_and_a_delegated_administrator_pass_cfn_lint()
    {
        var dir = Directory.CreateTempSubdirectory("rollout-");
        try
        {
            var files = new List<string>();
            foreach (var (name, app) in new[] { ("large", Large()), ("delegated", Large("delegated")), ("example", OrgRollout.OrgRolloutEstate.Build()) })
            {
                var graph = app.Synth().Graphs.Single(g => g.StackName == "Management");
                var file = Path.Combine(dir.FullName, name + ".json");
                File.WriteAllText(file, CloudFormationEmitter.Emit(graph).GetText());
                files.Add(file);
            }

            var (exit, output) = CfnLint.Run(files);
            Assert.True(exit == 0, output);
            Assert.Contains("DELEGATED_ADMIN", File.ReadAllText(files[1]), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

/// <summary>Per OU, which accounts get which plans into which vaults (<see cref="RolloutMap"/>).</summary>
public class RolloutMapTests
{
    [Fact]
    public void The_example_rollout_shows_each_OU_account_plan_and_vault_source()
    {
        var app = OrgRollout.OrgRolloutEstate.Build(out var tree);
        var text = RolloutMap.Describe(app, tree);
        Golden.Match("tests/Golden/OrgRollout/rollout.txt", text);
        Assert.Contains("OU Prod (ou-a1b2-pr000001)", text, StringComparison.Ordinal);
        Assert.Contains("us-east-1 (StackSet MemberVaults); eu-west-1 (StackSet MemberVaults)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("MISSING", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vault_that_no_stack_or_StackSet_creates_is_shown_missing()
    {
        var app = Constraints.RolloutCases.Rollout(new Constraints.RolloutCases.Options { VaultRegions = ["us-east-1"] });
        var tree = app.Descendants().OfType<BackupPolicy>().First().Props.Targets!.OfType<OrganizationNode>().First().Tree;
        var text = RolloutMap.Describe(app, tree);
        Assert.Contains("eu-west-1 (MISSING: no stack or StackSet of this app creates it)", text, StringComparison.Ordinal);
        Assert.Contains("us-east-1 (StackSet Vaults)", text, StringComparison.Ordinal);
    }
}
