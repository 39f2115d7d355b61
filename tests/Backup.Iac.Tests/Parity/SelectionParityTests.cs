using Backup.Iac.Catalog;
using Backup.Iac.Graph;

namespace Backup.Iac.Tests.Parity;

/// <summary>
/// The AWS CDK's <c>aws-backup/test/selection.test.ts</c>, test by test, as Backup.Iac estates (see README.md in this
/// folder). As in the CDK's <c>beforeEach</c>, each test starts from <c>BackupPlan.DailyWeeklyMonthly5YearRetention(stack, "Plan")</c>.
/// The CDK tests create <c>new BackupSelection(stack, 'Selection', { backupPlan })</c>, a selection beside the plan;
/// in Backup.Iac a selection is a child of its plan (<c>plan.AddSelection</c>), so its generated role is
/// <c>PlanSelectionRole6D10F4B7</c> where the CDK's is <c>SelectionRoleD0EAEC83</c> (see Create_a_selection_in_the_stack_scope).
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

    // The CDK test's own shape: a selection created in the stack scope with a plan reference keeps the CDK's IDs.
    [Fact(Skip = "issue 16: a selection is always its plan's child; a selection in any scope with a plan reference is missing")]
    public void Create_a_selection_in_the_stack_scope()
    {
        // Wanted: stack.AddSelection("Selection", new BackupSelectionProps { Plan = plan, Resources = [...] }) writes the
        // role as SelectionRoleD0EAEC83, as the CDK does, so a CDK estate moves without replacement.
        Assert.Fail("issue 16: BackupStack.AddSelection with a plan reference is missing");
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

    // CDK: 'fromConstruct'.
    [Fact(Skip = "issue 16: BackupResource.FromConstruct (walking a CDK construct tree) belongs to the CDK library and is missing")]
    public void FromConstruct() => Assert.Fail("issue 16: BackupResource.FromConstruct is missing");

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

    private static string ManagedPolicy(string name) =>
        $$"""{ "Fn::Join": ["", ["arn:", { "Ref": "AWS::Partition" }, ":iam::aws:policy/{{name}}"]] }""";

    /// <summary>The CDK's Fn::Join of an ARN in the stack's partition, Region and account: <c>arn:P{service}R:A{resource}</c>, then an optional part.</summary>
    private static string Join(string service, string resource, string? last = null) =>
        $$"""{ "Fn::Join": ["", ["arn:", { "Ref": "AWS::Partition" }, "{{service}}", { "Ref": "AWS::Region" }, ":", { "Ref": "AWS::AccountId" }, "{{resource}}"{{(last is null ? "" : ", " + last)}}]] }""";
}
