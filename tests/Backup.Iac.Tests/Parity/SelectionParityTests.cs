using Backup.Iac.Catalog;
using Backup.Iac.Graph;

namespace Backup.Iac.Tests.Parity;

/// <summary>
/// The AWS CDK's <c>aws-backup/test/selection.test.ts</c>, test by test, as Backup.Iac estates (see README.md in this
/// folder). As in the CDK's <c>beforeEach</c>, each test starts from <c>BackupPlan.DailyWeeklyMonthly5YearRetention(stack, "Plan")</c>.
/// The CDK tests create <c>new BackupSelection(stack, 'Selection', { backupPlan })</c>, a selection beside the plan;
/// these tests mostly use <c>plan.AddSelection</c> (the plan's child), so the generated role is
/// <c>PlanSelectionRole6D10F4B7</c> where the CDK's is <c>SelectionRoleD0EAEC83</c>; <c>stack.AddSelection</c> with
/// <c>BackupSelectionProps.Plan</c> gives the CDK's (see Create_a_selection_in_the_stack_scope).
/// </summary>
public sealed class SelectionParityTests
{
    private const string Selection = "AWS::Backup::BackupSelection";
    private const string Role = "AWS::IAM::Role";
    private const string Volumes = "arn:aws:ec2:*:*:volume/*";

    private static readonly string BackupPolicy = ManagedPolicy("service-role/AWSBackupServiceRolePolicyForBackup");
    private static readonly string RestorePolicy = ManagedPolicy("service-role/AWSBackupServiceRolePolicyForRestores");

    // CDK: 'create a selection'. Same selection; the role has the backup policy and, since issue 16, no restore policy
    // (as the CDK's, unless AllowRestores). Differs: the selection is the plan's child, so other logical IDs; and
    // because tags (and ARNs of no known type) can pick S3 buckets, the role also gets AWSBackupServiceRolePolicyForS3Backup,
    // which S3 backups need and the CDK leaves out (its S3 backups then fail).
    [Fact]
    public void Create_a_selection()
    {
        var (app, plan) = NewPlan();
        plan.AddSelection("Selection", new BackupSelectionOptions
        {
            Resources =
            [
                BackupResource.FromArn("arn1"), BackupResource.FromArn("arn2"),
                BackupResource.FromTag("stage", "prod"), BackupResource.FromTag("cost center", "cloud"),
            ],
        });

        var template = ParityTemplate.Of(app);

        template.HasResourceProperties(Selection, $$"""
            { "BackupPlanId": { "Ref": "{{plan.LogicalId}}" },
              "BackupSelection": { "IamRoleArn": { "Fn::GetAtt": ["PlanSelectionRole6D10F4B7", "Arn"] },
                "ListOfTags": [ { "ConditionKey": "stage", "ConditionType": "STRINGEQUALS", "ConditionValue": "prod" },
                                { "ConditionKey": "cost center", "ConditionType": "STRINGEQUALS", "ConditionValue": "cloud" } ],
                "Resources": ["arn1", "arn2"], "SelectionName": "Selection" } }
            """);
        template.HasResourceProperties(Role, $$"""{ "ManagedPolicyArns": [ {{BackupPolicy}}, {{ManagedPolicy("AWSBackupServiceRolePolicyForS3Backup")}} ] }""");
        Assert.Equal("PlanDAF4E53A", plan.LogicalId); // the CDK's plan logical ID
    }

    // CDK: 'create a selection', in the CDK test's own shape: a selection of the stack with a plan reference
    // (stack.AddSelection, since issue 16) has the path Selection, so the CDK's logical IDs: role SelectionRoleD0EAEC83
    // and the same selection resource, so a CDK estate moves without replacement.
    [Fact]
    public void Create_a_selection_in_the_stack_scope()
    {
        var (app, plan) = NewPlan();
        var selection = plan.Stack.AddSelection("Selection", new BackupSelectionProps
        {
            Plan = plan,
            Resources =
            [
                BackupResource.FromArn("arn1"), BackupResource.FromArn("arn2"),
                BackupResource.FromTag("stage", "prod"), BackupResource.FromTag("cost center", "cloud"),
            ],
        });

        var template = ParityTemplate.Of(app);

        Assert.Equal(("Stack/Selection", "SelectionRoleD0EAEC83"), (selection.Path, selection.GeneratedRoleLogicalId));
        Assert.Same(plan, selection.Plan);
        Assert.Equal([selection], plan.Selections);
        var (id, _) = Assert.Single(template.Resources(Selection));
        Assert.Equal(LogicalIds.FromPath("Selection/Resource"), id); // the CDK's: Selection/Resource
        template.HasResourceProperties(Selection, $$"""
            { "BackupPlanId": { "Ref": "{{plan.LogicalId}}" },
              "BackupSelection": { "IamRoleArn": { "Fn::GetAtt": ["SelectionRoleD0EAEC83", "Arn"] },
                "ListOfTags": [ { "ConditionKey": "stage", "ConditionType": "STRINGEQUALS", "ConditionValue": "prod" },
                                { "ConditionKey": "cost center", "ConditionType": "STRINGEQUALS", "ConditionValue": "cloud" } ],
                "Resources": ["arn1", "arn2"], "SelectionName": "Selection" } }
            """);
        Assert.Equal(["SelectionRoleD0EAEC83"], template.Resources(Role).Select(r => r.LogicalId));
    }

    // The two placements give the same selection, role policies and findings; only the logical IDs follow the path.
    [Fact]
    public void A_selection_of_the_stack_and_a_plan_child_differ_only_in_logical_IDs()
    {
        static (string Template, IReadOnlyList<string> Findings) Build(bool inStack)
        {
            var (app, plan) = NewPlan();
            var options = new BackupSelectionOptions { Resources = [BackupResource.FromTag("stage", "prod"), BackupResource.FromArn("arn:aws:s3:::bucket")], NotResources = ["arn:aws:s3:::bucket-tmp"] };
            _ = inStack ? plan.Stack.AddSelection("Selection", new BackupSelectionProps { Plan = plan, Resources = options.Resources, NotResources = options.NotResources }) : plan.AddSelection("Selection", options);
            var result = app.Synth();
            var text = Backup.Iac.Emit.CloudFormation.CloudFormationEmitter.Emit(Assert.Single(result.Graphs), Backup.Iac.Emit.CloudFormation.TemplateFormat.Json).GetText();
            return (text, [.. result.Diagnostics.Select(d => $"{d.Code} {d.Path.Replace("Stack/Plan/Selection", "Stack/Selection", StringComparison.Ordinal)}#{d.Property}").Order(StringComparer.Ordinal)]);
        }

        static SortedDictionary<string, string> Resources(string template) => new(
            System.Text.Json.Nodes.JsonNode.Parse(template)!["Resources"]!.AsObject().ToDictionary(r => r.Key, r => r.Value!.ToJsonString()), StringComparer.Ordinal);

        var (child, childFindings) = Build(inStack: false);
        var (beside, besideFindings) = Build(inStack: true);

        Assert.Equal(childFindings, besideFindings);
        var renamed = child.Replace("PlanSelectionRole6D10F4B7", "SelectionRoleD0EAEC83", StringComparison.Ordinal)
            .Replace(LogicalIds.FromPath("Plan/Selection/Resource"), LogicalIds.FromPath("Selection/Resource"), StringComparison.Ordinal);
        Assert.Equal(Resources(renamed), Resources(beside));
    }

    // Lint and import read a template, where a selection is a resource beside its plan whatever its construct path: a
    // template of a stack's selection imports (below its plan, as every linted selection) and emits the same resources.
    [Fact]
    public void A_selection_of_the_stack_imports_and_emits_the_same_template()
    {
        var (app, plan) = NewPlan();
        plan.Stack.AddSelection("Selection", new BackupSelectionProps { Plan = plan, Resources = [BackupResource.FromTag("stage", "prod")] });
        var text = Backup.Iac.Emit.CloudFormation.CloudFormationEmitter.Emit(Assert.Single(app.Synth().Graphs), Backup.Iac.Emit.CloudFormation.TemplateFormat.Json).GetText();

        var source = Backup.Iac.Import.SourceReader.Read(text, "template.json");
        var imported = Backup.Iac.Import.TemplateImporter.Import(source.Root!, "Stack", out var problem);
        Assert.Null(problem);
        var result = imported!.App.Synth();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var again = Backup.Iac.Emit.CloudFormation.CloudFormationEmitter.Emit(Assert.Single(result.Graphs), Backup.Iac.Emit.CloudFormation.TemplateFormat.Json).GetText();

        var selection = imported.App.Descendants().OfType<BackupSelection>().Single();
        Assert.Equal(LogicalIds.FromPath("Selection/Resource"), selection.LogicalId);
        Assert.Equal(
            System.Text.Json.Nodes.JsonNode.Parse(text)!["Resources"]![selection.LogicalId]!.ToJsonString(),
            System.Text.Json.Nodes.JsonNode.Parse(again)!["Resources"]![selection.LogicalId]!.ToJsonString());
        Assert.DoesNotContain(Backup.Iac.Import.Linter.Lint("template.json", System.Text.Encoding.UTF8.GetBytes(text)).Diagnostics, d => d.Diagnostic.Severity == Severity.Error);
    }

    // A selection names its plan by Ref, which reaches only its own template: a plan of another stack is a programming
    // error (as a duplicate construct ID), refused before the selection joins the tree.
    [Fact]
    public void A_selection_of_another_stack_than_its_plan_is_refused()
    {
        var (app, plan) = NewPlan();
        var other = app.AddStack("Other", new BackupStackProps());

        var e = Assert.Throws<ArgumentException>(() => other.AddSelection("Selection", new BackupSelectionProps { Plan = plan, Resources = [BackupResource.FromArn("arn1")] }));

        Assert.Contains("another stack", e.Message, StringComparison.Ordinal);
        Assert.Empty(other.Children);
        Assert.Empty(plan.Selections);
    }

    // CDK: 'no policy is attached if disableDefaultBackupPolicy is true'. Same role (no ManagedPolicyArns); differs: a
    // role with no policy at all is reported (BKP3082, a warning, SEL-005), because every backup job that uses it fails.
    // The CDK expects permissions to be added to selection.grantPrincipal afterwards; here they are GeneratedRole's
    // ManagedPolicyArns or InlinePolicies, and an acknowledgement says the role gets them elsewhere.
    [Fact]
    public void No_policy_is_attached_if_disableDefaultBackupPolicy_is_true()
    {
        var (app, plan) = NewPlan();
        var selection = plan.AddSelection("Selection", new BackupSelectionOptions
        {
            Resources = [BackupResource.FromArn("arn1")],
            GeneratedRole = new GeneratedRoleOptions { DisableDefaultPolicies = true },
        });

        var template = ParityTemplate.Of(app);

        template.HasResourceProperties(Role, $$"""{ "ManagedPolicyArns": "{{ParityTemplate.Absent}}", "Policies": "{{ParityTemplate.Absent}}" }""");
        var warning = Assert.Single(template.Result.Diagnostics, d => d.Code == SelectionConstraints.GeneratedRoleWithoutPolicies.Code);
        Assert.Equal((Severity.Warning, selection.Path, "GeneratedRole.DisableDefaultPolicies"), (warning.Severity, warning.Path.ToString(), warning.Property));

        var (acknowledged, other) = NewPlan();
        other.AddSelection("Selection", new BackupSelectionOptions
        {
            Resources = [BackupResource.FromArn("arn1")],
            GeneratedRole = new GeneratedRoleOptions { DisableDefaultPolicies = true },
        });
        acknowledged.Acknowledge(SelectionConstraints.GeneratedRoleWithoutPolicies.Code, at: selection.Path, reason: "the role gets its permissions from the platform team's policy");
        Assert.DoesNotContain(acknowledged.Synth().Diagnostics, d => d.Code == SelectionConstraints.GeneratedRoleWithoutPolicies.Code && d.Severity == Severity.Warning);
    }

    // (No CDK test: the CDK offers the rest through the role it creates, selection.grantPrincipal, or a role of your own.)
    // The other IAM options of the generated role: managed and inline policies, a permissions boundary, a name.
    [Fact]
    public void Generated_role_takes_policies_a_boundary_and_a_name()
    {
        var (app, plan) = NewPlan();
        plan.AddSelection("Selection", new BackupSelectionOptions
        {
            Resources = [BackupResource.FromArn("arn:aws:dynamodb:eu-west-1:123456789012:table/orders")],
            GeneratedRole = new GeneratedRoleOptions
            {
                RoleName = "orders-backup",
                ManagedPolicyArns = ["arn:aws:iam::123456789012:policy/backup-extra"],
                InlinePolicies = [RolePolicy.Of("kms", new RolePolicyStatement { Actions = ["kms:Decrypt", "kms:GenerateDataKey"], Resources = ["arn:aws:kms:eu-west-1:123456789012:key/k1"] })],
                PermissionsBoundaryArn = "arn:aws:iam::123456789012:policy/boundary",
            },
        });

        ParityTemplate.Of(app).HasResourceProperties(Role, $$"""
            { "RoleName": "orders-backup", "PermissionsBoundary": "arn:aws:iam::123456789012:policy/boundary",
              "ManagedPolicyArns": [ {{BackupPolicy}}, "arn:aws:iam::123456789012:policy/backup-extra" ],
              "Policies": [ { "PolicyName": "kms", "PolicyDocument": { "Version": "2012-10-17",
                "Statement": [ { "Action": ["kms:Decrypt", "kms:GenerateDataKey"], "Effect": "Allow", "Resource": "arn:aws:kms:eu-west-1:123456789012:key/k1" } ] } } ] }
            """);
    }

    // CDK: 'allow restores'. Same.
    [Fact]
    public void Allow_restores()
    {
        var (app, plan) = NewPlan();
        plan.AddSelection("Selection", new BackupSelectionOptions { Resources = [BackupResource.FromArn("arn1")], AllowRestores = true });

        ParityTemplate.Of(app).HasResourceProperties(Role, $$"""{ "ManagedPolicyArns": [ {{BackupPolicy}}, {{RestorePolicy}} ] }""");
    }

    // CDK: 'fromConstruct'. Walking a construct tree needs the CDK, so the test with the CDK test's own tree (a table, two
    // EFS file systems, an RDS instance, an Aurora and a serverless cluster, a VPC) is
    // tests/Backup.Iac.Cdk.Tests/FromConstructTests.cs (BackupResource.FromConstruct in the CDK library). Here: the entries
    // it makes for each L1 it finds (the typed helpers given the L1's Ref) give the CDK test's ARNs, in its order.
    [Fact]
    public void FromConstruct()
    {
        var (app, plan) = NewPlan();
        var stack = plan.Stack;
        var table = stack.AddRawResource("MyConstructTable", "AWS::DynamoDB::Table", MapValue.Empty);
        var files = stack.AddRawResource("MyConstructEFSFileSystem", "AWS::EFS::FileSystem", MapValue.Empty);
        var db = stack.AddRawResource("MyConstructDatabaseInstance", "AWS::RDS::DBInstance", MapValue.Empty);
        var cluster = stack.AddRawResource("MyConstructDatabaseCluster", "AWS::RDS::DBCluster", MapValue.Empty);
        var serverless = stack.AddRawResource("MyConstructServerlessCluster", "AWS::RDS::DBCluster", MapValue.Empty);
        var other = stack.AddRawResource("EfsConstructFileSystem", "AWS::EFS::FileSystem", MapValue.Empty);
        plan.AddSelection("Selection", new BackupSelectionOptions
        {
            Resources =
            [
                BackupResource.DynamoDbTable(Ref(table)), BackupResource.EfsFileSystem(Ref(files)), BackupResource.RdsInstance(Ref(db)),
                BackupResource.AuroraCluster(Ref(cluster)), BackupResource.AuroraCluster(Ref(serverless)), BackupResource.EfsFileSystem(Ref(other)),
            ],
        });

        ParityTemplate.Of(app).HasResourceProperties(Selection, $$"""
            { "BackupSelection": { "IamRoleArn": { "Fn::GetAtt": ["PlanSelectionRole6D10F4B7", "Arn"] },
                "Resources": [
                  {{Join(":dynamodb:", ":table/", RefJson(table))}},
                  {{Join(":elasticfilesystem:", ":file-system/", RefJson(files))}},
                  {{Join(":rds:", ":db:", RefJson(db))}},
                  {{Join(":rds:", ":cluster:", RefJson(cluster))}},
                  {{Join(":rds:", ":cluster:", RefJson(serverless))}},
                  {{Join(":elasticfilesystem:", ":file-system/", RefJson(other))}} ],
                "SelectionName": "Selection" } }
            """);
    }

    // CDK: 'fromEc2Instance'. Same ARN; the instance is a raw resource (no typed EC2 instance in Backup.Iac).
    [Fact]
    public void FromEc2Instance()
    {
        var (app, plan) = NewPlan();
        var instance = plan.Stack.AddRawResource("Instance", "AWS::EC2::Instance", MapValue.Empty);
        plan.AddSelection("Selection", new BackupSelectionOptions { Resources = [BackupResource.Ec2Instance(Ref(instance))] });

        ParityTemplate.Of(app).HasResourceProperties(Selection, $$"""
            { "BackupSelection": { "IamRoleArn": { "Fn::GetAtt": ["PlanSelectionRole6D10F4B7", "Arn"] },
                "Resources": [ {{Join(":ec2:", ":instance/", """{ "Ref": "InstanceC1063A87" }""")}} ], "SelectionName": "Selection" } }
            """);
    }

    // CDK: 'fromDynamoDbTable'. Same; a table of the stack is named by its Arn attribute, an existing one by its ARN.
    [Fact]
    public void FromDynamoDbTable()
    {
        var (app, plan) = NewPlan();
        var table = plan.Stack.AddRawResource("New", "AWS::DynamoDB::Table", MapValue.Empty);
        plan.AddSelection("Selection", new BackupSelectionOptions
        {
            Resources = [BackupResource.FromArn(Token.AsString(new AttributeValue(table.LogicalId, "Arn"))), BackupResource.FromArn("arn:aws:dynamodb:eu-west-1:123456789012:table/existing")],
        });

        ParityTemplate.Of(app).HasResourceProperties(Selection, """
            { "BackupSelection": { "IamRoleArn": { "Fn::GetAtt": ["PlanSelectionRole6D10F4B7", "Arn"] },
                "Resources": [ { "Fn::GetAtt": ["New8A81B073", "Arn"] }, "arn:aws:dynamodb:eu-west-1:123456789012:table/existing" ], "SelectionName": "Selection" } }
            """);
    }

    // CDK: 'fromRdsDatabaseInstance'. Same ARNs.
    [Fact]
    public void FromRdsDatabaseInstance()
    {
        var (app, plan) = NewPlan();
        var instance = plan.Stack.AddRawResource("New", "AWS::RDS::DBInstance", MapValue.Empty);
        plan.AddSelection("Selection", new BackupSelectionOptions { Resources = [BackupResource.RdsInstance(Ref(instance)), BackupResource.RdsInstance("existing-instance")] });

        ParityTemplate.Of(app).HasResourceProperties(Selection, $$"""
            { "BackupSelection": { "IamRoleArn": { "Fn::GetAtt": ["PlanSelectionRole6D10F4B7", "Arn"] },
                "Resources": [ {{Join(":rds:", ":db:", """{ "Ref": "New8A81B073" }""")}}, {{Join(":rds:", ":db:existing-instance")}} ], "SelectionName": "Selection" } }
            """);
    }

    // CDK: 'fromRdsDatabaseCluster'. Same ARNs.
    [Fact]
    public void FromRdsDatabaseCluster() => Cluster("AWS::RDS::DBCluster");

    // CDK: 'fromRdsServerlessCluster'. Same ARNs (a serverless cluster is an Aurora cluster).
    [Fact]
    public void FromRdsServerlessCluster() => Cluster("AWS::RDS::DBCluster");

    // CDK: 'conditions with stringEquals'. Same template; differs in API: the condition key is written in full
    // (aws:ResourceTag/aws-backup), as in the template and the guide, where the CDK adds the prefix.
    [Fact]
    public void Conditions_with_stringEquals()
    {
        var (app, plan) = NewPlan();
        plan.AddSelection("Selection", new BackupSelectionOptions
        {
            Resources = [BackupResource.FromArn(Volumes)],
            Conditions = new SelectionConditions { StringEquals = [new("aws:ResourceTag/aws-backup", "1")] },
        });

        ParityTemplate.Of(app).HasResourceProperties(Selection, """
            { "BackupSelection": { "Resources": ["arn:aws:ec2:*:*:volume/*"],
                "Conditions": { "StringEquals": [ { "ConditionKey": "aws:ResourceTag/aws-backup", "ConditionValue": "1" } ] } } }
            """);
    }

    // CDK: 'conditions with all operation types'. Same template.
    [Fact]
    public void Conditions_with_all_operation_types()
    {
        var (app, plan) = NewPlan();
        plan.AddSelection("Selection", new BackupSelectionOptions
        {
            Resources = [BackupResource.FromArn(Volumes)],
            Conditions = new SelectionConditions
            {
                StringEquals = [new("aws:ResourceTag/environment", "production")],
                StringLike = [new("aws:ResourceTag/project", "my-project-*")],
                StringNotEquals = [new("aws:ResourceTag/temporary", "true")],
                StringNotLike = [new("aws:ResourceTag/name", "test-*")],
            },
        });

        ParityTemplate.Of(app).HasResourceProperties(Selection, """
            { "BackupSelection": { "Resources": ["arn:aws:ec2:*:*:volume/*"], "Conditions": {
                "StringEquals": [ { "ConditionKey": "aws:ResourceTag/environment", "ConditionValue": "production" } ],
                "StringLike": [ { "ConditionKey": "aws:ResourceTag/project", "ConditionValue": "my-project-*" } ],
                "StringNotEquals": [ { "ConditionKey": "aws:ResourceTag/temporary", "ConditionValue": "true" } ],
                "StringNotLike": [ { "ConditionKey": "aws:ResourceTag/name", "ConditionValue": "test-*" } ] } } }
            """);
    }

    // CDK: 'conditions with multiple stringEquals (AND logic)'. Same template.
    [Fact]
    public void Conditions_with_multiple_stringEquals_AND_logic()
    {
        var (app, plan) = NewPlan();
        plan.AddSelection("Selection", new BackupSelectionOptions
        {
            Resources = [BackupResource.FromArn(Volumes)],
            Conditions = new SelectionConditions
            {
                StringEquals = [new("aws:ResourceTag/aws-backup", "1"), new("aws:ResourceTag/environment", "production"), new("aws:ResourceTag/team", "platform")],
            },
        });

        ParityTemplate.Of(app).HasResourceProperties(Selection, """
            { "BackupSelection": { "Resources": ["arn:aws:ec2:*:*:volume/*"], "Conditions": { "StringEquals": [
                { "ConditionKey": "aws:ResourceTag/aws-backup", "ConditionValue": "1" },
                { "ConditionKey": "aws:ResourceTag/environment", "ConditionValue": "production" },
                { "ConditionKey": "aws:ResourceTag/team", "ConditionValue": "platform" } ] } } }
            """);
    }

    // CDK: 'conditions are not rendered when empty'. Same.
    [Fact]
    public void Conditions_are_not_rendered_when_empty()
    {
        var (app, plan) = NewPlan();
        plan.AddSelection("Selection", new BackupSelectionOptions { Resources = [BackupResource.FromArn("arn1")], Conditions = new SelectionConditions { StringEquals = [] } });

        ParityTemplate.Of(app).HasResourceProperties(Selection, $$"""{ "BackupSelection": { "Resources": ["arn1"], "Conditions": "{{ParityTemplate.Absent}}" } }""");
    }

    // CDK: 'conditions are not rendered when undefined'. Same.
    [Fact]
    public void Conditions_are_not_rendered_when_undefined()
    {
        var (app, plan) = NewPlan();
        plan.AddSelection("Selection", new BackupSelectionOptions { Resources = [BackupResource.FromArn("arn1")] });

        ParityTemplate.Of(app).HasResourceProperties(Selection, $$"""{ "BackupSelection": { "Resources": ["arn1"], "Conditions": "{{ParityTemplate.Absent}}" } }""");
    }

    // CDK: 'existing fromTag behavior unchanged (uses ListOfTags for OR logic)'. Same.
    [Fact]
    public void Existing_fromTag_behavior_unchanged_uses_ListOfTags_for_OR_logic()
    {
        var (app, plan) = NewPlan();
        plan.AddSelection("Selection", new BackupSelectionOptions
        {
            Resources = [BackupResource.FromArn(Volumes), BackupResource.FromTag("stage", "prod"), BackupResource.FromTag("environment", "production")],
        });

        ParityTemplate.Of(app).HasResourceProperties(Selection, $$"""
            { "BackupSelection": { "Resources": ["arn:aws:ec2:*:*:volume/*"],
                "ListOfTags": [ { "ConditionKey": "stage", "ConditionType": "STRINGEQUALS", "ConditionValue": "prod" },
                                { "ConditionKey": "environment", "ConditionType": "STRINGEQUALS", "ConditionValue": "production" } ],
                "Conditions": "{{ParityTemplate.Absent}}" } }
            """);
    }

    // CDK: 'conditions can be used together with fromTag (both ListOfTags and Conditions)'. Same.
    [Fact]
    public void Conditions_can_be_used_together_with_fromTag()
    {
        var (app, plan) = NewPlan();
        plan.AddSelection("Selection", new BackupSelectionOptions
        {
            Resources = [BackupResource.FromArn(Volumes), BackupResource.FromTag("legacy-tag", "yes")],
            Conditions = new SelectionConditions { StringEquals = [new("aws:ResourceTag/aws-backup", "1")] },
        });

        ParityTemplate.Of(app).HasResourceProperties(Selection, """
            { "BackupSelection": { "Resources": ["arn:aws:ec2:*:*:volume/*"],
                "ListOfTags": [ { "ConditionKey": "legacy-tag", "ConditionType": "STRINGEQUALS", "ConditionValue": "yes" } ],
                "Conditions": { "StringEquals": [ { "ConditionKey": "aws:ResourceTag/aws-backup", "ConditionValue": "1" } ] } } }
            """);
    }

    // CDK: 'throws error when condition key contains a token'.
    // Differs: the CDK throws; Backup.Iac reports the warning BKP3070 (a template may choose a key at deploy time, and
    // AWS accepts it; what cannot be done is checking the key's form and what the selection matches).
    [Fact]
    public void Throws_error_when_condition_key_contains_a_token()
    {
        var (app, plan) = NewPlan();
        plan.AddSelection("Selection", new BackupSelectionOptions
        {
            Resources = [BackupResource.FromArn(Volumes)],
            Conditions = new SelectionConditions { StringEquals = [new(new StackParameter("Key").Value, "some-value")] },
        });

        var result = app.Synth();
        Assert.False(result.HasErrors);
        Assert.Contains(result.Diagnostics, d => d.Code == "BKP3070" && d.Severity == Severity.Warning);
    }

    // CDK: 'allows token values in conditions (only keys must be static)'. Same; the value is a stack parameter here
    // (the CDK test's Lazy resolves at synth, so its template shows the literal).
    [Fact]
    public void Allows_token_values_in_conditions_only_keys_must_be_static()
    {
        var (app, plan) = NewPlan();
        plan.AddSelection("Selection", new BackupSelectionOptions
        {
            Resources = [BackupResource.FromArn(Volumes)],
            Conditions = new SelectionConditions { StringEquals = [new("aws:ResourceTag/static-key", new StackParameter("DynamicValue").Value)] },
        });

        ParityTemplate.Of(app).HasResourceProperties(Selection, """
            { "BackupSelection": { "Conditions": { "StringEquals": [ { "ConditionKey": "aws:ResourceTag/static-key", "ConditionValue": { "Ref": "DynamicValue" } } ] } } }
            """);
    }

    private static void Cluster(string type)
    {
        var (app, plan) = NewPlan();
        var cluster = plan.Stack.AddRawResource("New", type, MapValue.Empty);
        plan.AddSelection("Selection", new BackupSelectionOptions { Resources = [BackupResource.AuroraCluster(Ref(cluster)), BackupResource.AuroraCluster("existing-cluster")] });

        ParityTemplate.Of(app).HasResourceProperties(Selection, $$"""
            { "BackupSelection": { "IamRoleArn": { "Fn::GetAtt": ["PlanSelectionRole6D10F4B7", "Arn"] },
                "Resources": [ {{Join(":rds:", ":cluster:", """{ "Ref": "New8A81B073" }""")}}, {{Join(":rds:", ":cluster:existing-cluster")}} ], "SelectionName": "Selection" } }
            """);
    }

    private static (BackupApp App, BackupPlan Plan) NewPlan()
    {
        var (app, stack) = ParityTemplate.NewStack();
        return (app, BackupPlan.DailyWeeklyMonthly5YearRetention(stack, "Plan"));
    }

    private static string Ref(RawResource resource) => Token.AsString(new ReferenceValue(resource.LogicalId));

    private static string RefJson(RawResource resource) => $$"""{ "Ref": "{{resource.LogicalId}}" }""";

    private static string ManagedPolicy(string name) =>
        $$"""{ "Fn::Join": ["", ["arn:", { "Ref": "AWS::Partition" }, ":iam::aws:policy/{{name}}"]] }""";

    /// <summary>The CDK's Fn::Join of an ARN in the stack's partition, Region and account: <c>arn:P{service}R:A{resource}</c>, then an optional part.</summary>
    private static string Join(string service, string resource, string? last = null) =>
        $$"""{ "Fn::Join": ["", ["arn:", { "Ref": "AWS::Partition" }, "{{service}}", { "Ref": "AWS::Region" }, ":", { "Ref": "AWS::AccountId" }, "{{resource}}"{{(last is null ? "" : ", " + last)}}]] }""";
}
