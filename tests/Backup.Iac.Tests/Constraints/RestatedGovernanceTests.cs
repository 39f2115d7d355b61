using System.Text.Json;
using System.Text.RegularExpressions;
using Backup.Iac.Catalog;
using Backup.Iac.Changes;
using Backup.Iac.Emit.CloudFormation;

namespace Backup.Iac.Tests.Constraints;

/// <summary>
/// The governance rows of §7.2 (GLAG-) and §7.4 (GRT-) of constraints-governance.md. Rows that restate a core row run as
/// data-driven cases (<see cref="RestatedGovernanceCases"/>) against the core row's code; rows that hold by
/// construction of the model are checked on real output and against the CloudFormation registry schemas.
/// </summary>
public partial class RestatedGovernanceTests
{
    private static readonly Dictionary<string, ConstraintCase> ByName = RestatedGovernanceCases.All.ToDictionary(c => c.Name);

    public static TheoryData<string> CaseNames => new(RestatedGovernanceCases.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Restated_row_is_reported_by_the_core_code(string name)
    {
        var c = ByName[name];
        var constraint = ConstraintCatalog.Find(c.Code);
        Assert.NotNull(constraint);
        var result = c.Build().Synth();
        if (c.Previous is not null)
        {
            var before = c.Previous().Synth();
            var changes = result.Graphs.Zip(before.Graphs).SelectMany(p => TemplateChanges.Compare(p.First, CloudFormationEmitter.Emit(p.Second).GetText(), p.First.StackName));
            result = result with { Diagnostics = [.. result.Diagnostics, .. changes] };
        }

        var reported = result.Diagnostics.Where(d => d.Code == c.Code).ToList();
        if (c.Violates)
        {
            Assert.True(reported.Count > 0, $"Expected {c.Code}; got: {string.Join(" | ", result.Diagnostics)}");
            if (c.Path is not null)
            {
                Assert.Contains(reported, d => d.Path == c.Path && (c.Property is null || d.Property == c.Property));
            }

            Assert.All(reported, d => Assert.Equal(constraint.ConstraintId, d.ConstraintId));
        }
        else
        {
            Assert.True(reported.Count == 0, $"Did not expect {c.Code}: {string.Join(" | ", reported)}");
        }
    }

    [Fact]
    public void Every_restated_row_has_a_violating_and_a_conforming_case_for_each_code()
    {
        Assert.Equal(RestatedGovernanceCases.All.Count, RestatedGovernanceCases.All.Select(c => c.Name).Distinct().Count());
        foreach (var group in RestatedGovernanceCases.All.GroupBy(c => (Row: RowOf(c.Name), c.Code)))
        {
            Assert.Matches("^(GLAG|GRT|XAM|CTRL-RTIME)-[0-9]{2,3}$", group.Key.Row);
            Assert.True(group.Any(c => c.Violates) && group.Any(c => !c.Violates), $"{group.Key.Row} / {group.Key.Code} needs a Bad and a Good case.");
            var coreArea = ConstraintCatalog.Find(group.Key.Code)?.ConstraintId?.Split('-')[0];
            string[] areas = group.Key.Row.Split('-')[0] switch
            {
                "GLAG" => ["LAG"],
                "GRT" => ["RTP", "RTS"],
                "XAM" => ["RSET", "XR"], // XAM-006 restates the Region settings rows
                _ => ["PRE"], // CTRL-RTIME-04 is the prerequisite check's (PRE-003) silence for that control
            };
            Assert.Contains(coreArea, areas);
        }
    }

    [SharedFact]
    public void Restated_rows_are_rows_of_the_governance_catalog()
    {
        var spec = File.ReadAllText(Path.Combine(Repo.Shared, "spec", "constraints-governance.md"));
        var rows = SpecRow().Matches(spec).Where(m => !m.Value.Contains("RETIRED", StringComparison.Ordinal)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        Assert.All(RestatedGovernanceCases.All, c => Assert.Contains(RowOf(c.Name), rows));
    }

    /// <summary>GLAG-002: both retention bounds are required (botocore, CFN); the typed props make them <c>required</c>, so every air-gapped vault has both.</summary>
    [SharedFact]
    public void GLAG_002_every_air_gapped_vault_is_written_with_both_retention_bounds()
    {
        var schema = Schema("logicallyairgappedbackupvault");
        var required = schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("MinRetentionDays", required);
        Assert.Contains("MaxRetentionDays", required);
        var vault = Assert.Single(OfType(Template(AirGapped()), "AWS::Backup::LogicallyAirGappedBackupVault")).GetProperty("Properties");
        Assert.Equal(7, vault.GetProperty("MinRetentionDays").GetInt32());
        Assert.Equal(35, vault.GetProperty("MaxRetentionDays").GetInt32());
        Assert.All(new[] { "MinRetention", "MaxRetention" }, p => Assert.True(
            typeof(LogicallyAirGappedBackupVaultProps).GetProperty(p)!.GetCustomAttributes(typeof(System.Runtime.CompilerServices.RequiredMemberAttribute), false).Length > 0,
            p + " must be a required member"));
    }

    /// <summary>GLAG-003 (and LAG-016): CreatorRequestId exists only in the API; the CloudFormation type has no such property and nothing writes one.</summary>
    [SharedFact]
    public void GLAG_003_no_creator_request_id_is_written_for_an_air_gapped_vault()
    {
        Assert.False(Schema("logicallyairgappedbackupvault").GetProperty("properties").TryGetProperty("CreatorRequestId", out _));
        Assert.Null(typeof(LogicallyAirGappedBackupVaultProps).GetProperty("CreatorRequestId"));
        var template = Template(AirGapped());
        Assert.Single(OfType(template, "AWS::Backup::LogicallyAirGappedBackupVault"));
        Assert.DoesNotContain("CreatorRequestId", template.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>
    /// GLAG-008 (and LAG-007): an air-gapped vault is always locked in compliance mode and has no lock setting: the CFN type
    /// has no LockConfiguration, the props have no lock, and none is written.
    /// </summary>
    [SharedFact]
    public void GLAG_008_an_air_gapped_vault_has_no_lock_setting()
    {
        Assert.False(Schema("logicallyairgappedbackupvault").GetProperty("properties").TryGetProperty("LockConfiguration", out _));
        Assert.DoesNotContain(typeof(LogicallyAirGappedBackupVaultProps).GetProperties(), p => p.PropertyType == typeof(VaultLock));
        var vault = Assert.Single(OfType(Template(AirGapped()), "AWS::Backup::LogicallyAirGappedBackupVault")).GetProperty("Properties");
        Assert.False(vault.TryGetProperty("LockConfiguration", out _));
    }

    /// <summary>
    /// GLAG-006: the seed's preview list of types (EC2, EBS, S3, EFS, RDS) is outdated and flags nothing: copies of other types
    /// into an air-gapped vault get no air-gapped diagnostic; and a generated backup role, which performs the copies,
    /// carries the AWS managed backup policy, which grants kms:CreateGrant (LAG-013; roles given by ARN are in docs/catalog-notes.md).
    /// </summary>
    [Fact]
    public void GLAG_006_copies_of_any_type_into_an_air_gapped_vault_are_not_flagged_and_generated_roles_have_the_backup_policy()
    {
        var app = Fixture.App(s =>
        {
            var lag = s.AddLogicallyAirGappedVault("Lag", new() { MinRetention = Duration.Days(7), MaxRetention = Duration.Days(35) });
            var plan = s.AddPlan("Plan", new BackupPlanProps
            {
                Vault = s.AddVault("Vault", new() { EncryptionKeyArn = Fixture.KeyArn }),
                Rules = [BackupPlanRule.Daily() with { CopyActions = [CopyAction.To(lag, Duration.Days(35))] }],
            });
            plan.AddSelection("Tables", new BackupSelectionOptions { Resources = [BackupResource.DynamoDbTable("*"), BackupResource.FromArn("arn:aws:fsx:eu-west-1:111122223333:file-system/fs-0123456789abcdef0")] });
        });
        var result = app.Synth();
        Assert.DoesNotContain(result.Diagnostics, d => d.ConstraintId?.StartsWith("LAG-", StringComparison.Ordinal) == true && d.Code != "BKP1405");
        var template = JsonDocument.Parse(CloudFormationEmitter.Emit(Assert.Single(result.Graphs)).GetText()).RootElement.GetProperty("Resources");
        var role = Assert.Single(OfType(template, "AWS::IAM::Role")).GetProperty("Properties");
        Assert.Contains(role.GetProperty("ManagedPolicyArns").EnumerateArray(), a => a.GetRawText().Contains("service-role/AWSBackupServiceRolePolicyForBackup", StringComparison.Ordinal));
    }

    /// <summary>GRT-006 (IamRoleArn required): every restore testing selection is written with an IamRoleArn, generated when none is given.</summary>
    [SharedFact]
    public void GRT_006_every_restore_testing_selection_has_an_iam_role_arn()
    {
        Assert.Contains("IamRoleArn", Schema("restoretestingselection").GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        var resources = Template(Fixture.App(s =>
        {
            var plan = s.AddRestoreTestingPlan("Restore", new RestoreTestingPlanProps { Schedule = Schedule.Weekly(DayOfWeek.Sunday, hour: 3) });
            plan.AddSelection("Generated", new RestoreTestingSelectionOptions { ProtectedResourceType = "EBS" });
            plan.AddSelection("Given", new RestoreTestingSelectionOptions { ProtectedResourceType = "EFS", Role = BackupRole.FromArn(Fixture.RoleArn) });
        }));
        var selections = OfType(resources, "AWS::Backup::RestoreTestingSelection").Select(s => s.GetProperty("Properties").GetProperty("IamRoleArn")).ToList();
        Assert.Equal(2, selections.Count);
        Assert.Contains(selections, r => r.ValueKind == JsonValueKind.Object && r.TryGetProperty("Fn::GetAtt", out _));
        Assert.Contains(selections, r => r.ValueKind == JsonValueKind.String && r.GetString() == Fixture.RoleArn);
    }

    /// <summary>
    /// GRT-007 (as RTP-019, RTS-001): selections must be deleted before their plan; each selection names its plan with a
    /// Ref, so CloudFormation creates it after the plan and deletes it before.
    /// </summary>
    [Fact]
    public void GRT_007_every_restore_testing_selection_depends_on_its_plan()
    {
        var resources = Template(Fixture.App(s =>
        {
            foreach (var id in new[] { "Weekly", "Monthly" })
            {
                var plan = s.AddRestoreTestingPlan(id, new RestoreTestingPlanProps { Schedule = Schedule.Weekly(DayOfWeek.Sunday, hour: 3) });
                plan.AddSelection("Volumes", new RestoreTestingSelectionOptions { ProtectedResourceType = "EBS" });
                plan.AddSelection("Files", new RestoreTestingSelectionOptions { ProtectedResourceType = "EFS" });
            }
        }));
        var plans = resources.EnumerateObject().Where(r => r.Value.GetProperty("Type").GetString() == "AWS::Backup::RestoreTestingPlan").Select(r => r.Name).ToList();
        var selections = OfType(resources, "AWS::Backup::RestoreTestingSelection").ToList();
        Assert.Equal(4, selections.Count);
        Assert.All(selections, s => Assert.Contains(s.GetProperty("Properties").GetProperty("RestoreTestingPlanName").GetProperty("Ref").GetString(), plans));
        Assert.Equal(2, selections.Select(s => s.GetProperty("Properties").GetProperty("RestoreTestingPlanName").GetProperty("Ref").GetString()).Distinct().Count());
    }

    private static string RowOf(string name) => name[..name.IndexOf(' ', StringComparison.Ordinal)];

    private static BackupApp AirGapped() => Fixture.App(s => s.AddLogicallyAirGappedVault("Lag", new() { MinRetention = Duration.Days(7), MaxRetention = Duration.Days(35) }));

    private static JsonElement Template(BackupApp app)
    {
        var result = app.Synth();
        Assert.False(result.HasErrors, string.Join("\n", result.Errors));
        return JsonDocument.Parse(CloudFormationEmitter.Emit(Assert.Single(result.Graphs)).GetText()).RootElement.GetProperty("Resources");
    }

    private static IEnumerable<JsonElement> OfType(JsonElement resources, string type) =>
        resources.EnumerateObject().Select(r => r.Value).Where(r => r.GetProperty("Type").GetString() == type);

    private static JsonElement Schema(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Shared, "reference", "cloudformation", $"aws-backup-{name}.json"))).RootElement;

    [GeneratedRegex(@"^\| *((?:GLAG|GRT|XAM)-[0-9]{3}|CTRL-RTIME-[0-9]{2}) *\|.*$", RegexOptions.Multiline)]
    private static partial Regex SpecRow();
}
