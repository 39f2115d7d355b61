using System.Text.Json;
using Backup.Iac.Import;
using Backup.Iac.Kinds;

namespace Backup.Iac.Tests;

/// <summary>
/// The importer is driven by the resource-kind descriptors: every CloudFormation type lint has a schema for is read by a
/// kind (or listed here with the reason), and every kind that writes a type reads it back or says why not.
/// </summary>
public class ResourceKindImportTests
{
    /// <summary>Types with an embedded schema that no kind reads into the model, and why (none today).</summary>
    private static readonly Dictionary<string, string> SchemaTypesNotImported = new(StringComparer.Ordinal);

    private static List<string> EmbeddedSchemaTypes()
    {
        var assembly = typeof(Linter).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Schemas.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                return JsonDocument.Parse(stream).RootElement.GetProperty("typeName").GetString()!;
            })
            .Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void Every_type_with_an_embedded_schema_is_imported_by_a_kind_or_listed_with_the_reason()
    {
        var types = EmbeddedSchemaTypes();
        Assert.Contains("AWS::Backup::BackupVault", types);
        Assert.Contains("AWS::Organizations::Policy", types);

        // The types lint knows (and suggests for a misspelled one) are the embedded schemas: no list to keep in step.
        Assert.Equal(types.Where(t => t.StartsWith("AWS::Backup::", StringComparison.Ordinal)), ResourceSchemas.BackupTypes);
        Assert.Equal(10, ResourceSchemas.BackupTypes.Count);
        Assert.DoesNotContain(types, t => TemplateImporter.ImporterOf(t) is null && !SchemaTypesNotImported.ContainsKey(t));

        // The list holds no stale entry: a type a kind now reads, or one without a schema.
        Assert.DoesNotContain(SchemaTypesNotImported.Keys, t => TemplateImporter.ImporterOf(t) is not null || !types.Contains(t));
        Assert.All(SchemaTypesNotImported.Values, why => Assert.False(string.IsNullOrWhiteSpace(why)));
    }

    [Fact]
    public void Every_kind_that_declares_a_type_imports_it_or_says_why_not()
    {
        foreach (var kind in ResourceKinds.All.Where(k => k.Types.Length > 0))
        {
            var name = kind.GetType().Name;
            Assert.True(kind.Imports ^ kind.NotImportedBecause is not null, $"{name}: overrides Import, or gives NotImportedBecause (not both)");
            if (kind.Imports)
            {
                // The importer dispatches on the main type: one kind reads it.
                Assert.Same(kind, TemplateImporter.ImporterOf(kind.Types[0]));
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(kind.NotImportedBecause), name);
                Assert.Null(kind.ImportOrder);
            }
        }

        // A kind's other types are not read as that kind: an IAM role is not a backup selection.
        Assert.Null(TemplateImporter.ImporterOf(Graph.ResourceTypes.IamRole));

        // A raw resource is what the importer keeps as written: it declares no type of its own and reads none.
        var raw = ResourceKinds.All.Single(k => k.ConstructType == typeof(RawResource));
        Assert.Empty(raw.Types);
        Assert.False(raw.Imports);
    }

    [Fact]
    public void Kinds_read_targets_before_what_refers_to_them()
    {
        var ordered = ResourceKinds.All.Where(k => k.Imports && k.ImportOrder is not null).ToList();
        Assert.Equal(ordered.Count, ordered.Select(k => k.ImportOrder).Distinct().Count());
        int? Order<T>() => ResourceKinds.All.Single(k => k.ConstructType == typeof(T)).ImportOrder;
        Assert.True(Order<BackupVault>() < Order<BackupPlan>());
        Assert.True(Order<LogicallyAirGappedBackupVault>() < Order<BackupPlan>());
        Assert.True(Order<BackupPlan>() < Order<BackupSelection>());
        Assert.True(Order<RestoreTestingPlan>() < Order<RestoreTestingSelection>());
        Assert.True(Order<BackupVault>() < Order<TieringConfiguration>());
        Assert.True(Order<Framework>() < Order<ReportPlan>());
    }

    [Fact]
    public void Each_importing_kind_reads_its_type_into_its_construct()
    {
        // The smallest resource of each type the kinds read, with what its import needs (a vault, a plan).
        const string template = """
            Resources:
              Vault:
                Type: AWS::Backup::BackupVault
                Properties: { BackupVaultName: v }
              AirGapped:
                Type: AWS::Backup::LogicallyAirGappedBackupVault
                Properties: { BackupVaultName: a, MinRetentionDays: 7, MaxRetentionDays: 35 }
              Plan:
                Type: AWS::Backup::BackupPlan
                Properties:
                  BackupPlan:
                    BackupPlanName: p
                    BackupPlanRule: [{ RuleName: r, TargetBackupVault: !Ref Vault, ScheduleExpression: cron(0 5 ? * * *) }]
              Selection:
                Type: AWS::Backup::BackupSelection
                Properties:
                  BackupPlanId: !Ref Plan
                  BackupSelection: { SelectionName: s, IamRoleArn: arn:aws:iam::111122223333:role/r, Resources: [arn:aws:s3:::b] }
              RestorePlan:
                Type: AWS::Backup::RestoreTestingPlan
                Properties: { RestoreTestingPlanName: rp, ScheduleExpression: cron(0 5 ? * * *), RecoveryPointSelection: { Algorithm: LATEST_WITHIN_WINDOW, IncludeVaults: ["*"], RecoveryPointTypes: [SNAPSHOT] } }
              RestoreSelection:
                Type: AWS::Backup::RestoreTestingSelection
                Properties: { RestoreTestingPlanName: !Ref RestorePlan, RestoreTestingSelectionName: rs, ProtectedResourceType: EBS, IamRoleArn: arn:aws:iam::111122223333:role/r, ProtectedResourceArns: ["*"] }
              Hold:
                Type: AWS::Backup::LegalHold
                Properties: { Title: t, Description: d }
              Tiering:
                Type: AWS::Backup::TieringConfiguration
                Properties: { TieringConfigurationName: tc, BackupVaultName: !Ref Vault, ResourceSelection: [{ ResourceType: S3, Resources: ["*"], TieringDownSettingsInDays: 60 }] }
              Controls:
                Type: AWS::Backup::Framework
                Properties: { FrameworkControls: [{ ControlName: BACKUP_RECOVERY_POINT_ENCRYPTED }] }
              Report:
                Type: AWS::Backup::ReportPlan
                Properties: { ReportSetting: { ReportTemplate: BACKUP_JOB_REPORT }, ReportDeliveryChannel: { S3BucketName: b } }
              Role:
                Type: AWS::IAM::Role
                Properties: { AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [] } }
              Scp:
                Type: AWS::Organizations::Policy
                Properties: { Name: scp, Type: SERVICE_CONTROL_POLICY, Content: { Version: "2012-10-17", Statement: [] } }
              Policy:
                Type: AWS::Organizations::Policy
                Properties: { Name: n, Type: BACKUP_POLICY, Content: { plans: {} } }
            """;
        var root = SourceReader.Read(template, "t.yaml").Root!;
        var imported = TemplateImporter.Import(root, "Stack", out var problem);
        Assert.Null(problem);
        var constructs = imported!.Stack.Descendants().ToList();
        foreach (var kind in ResourceKinds.All.Where(k => k.Imports))
        {
            Assert.Contains(constructs, c => c.GetType() == kind.ConstructType);
        }

        // Neither the IAM role (a type a selection's lowering may write) nor the service control policy is read as a
        // construct, not even as written; the role is kept only as a fact for the cross-resource checks (not lowered, issue 16).
        Assert.DoesNotContain(constructs, c => c is RawResource { FactOnly: false });
        Assert.Equal(["Role"], constructs.OfType<RawResource>().Select(r => r.Id));
        Assert.DoesNotContain(imported.App.SynthWithoutRefusal().Graphs.Single().Resources, r => r.LogicalId == "Role");
        Assert.DoesNotContain(imported.Findings, f => f.Diagnostic.Path.EndsWith("/Role", StringComparison.Ordinal) || f.Diagnostic.Path.EndsWith("/Scp", StringComparison.Ordinal));
    }
}
