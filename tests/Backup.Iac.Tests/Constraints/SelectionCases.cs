using Backup.Iac.Graph;
using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

internal static class SelectionCases
{
    private const string Sel = "Test/Plan/Sel";
    private const string CustomRole = "arn:aws:iam::111122223333:role/BackupWithS3";
    private const string Table = "arn:aws:dynamodb:eu-west-1:111122223333:table/orders";

    private static readonly IBackupRole Role = BackupRole.FromArn(Fixture.RoleArn);
    private static readonly BackupResource Tag = BackupResource.FromTag("backup", "true");

    /// <summary>A selection <c>Sel</c> of the resources, with the default service role (as the fixture's).</summary>
    private static BackupApp Select(params BackupResource[] resources) =>
        Fixture.WithSelection(new BackupSelectionOptions { Resources = resources, Role = Role });

    private static BackupApp Arns(params string[] arns) => Select([.. arns.Select(BackupResource.FromArn)]);

    private static BackupApp Options(BackupSelectionOptions options) => Fixture.WithSelection(options with { Role = options.Role ?? Role });

    /// <summary>A selection of <c>*</c> narrowed by the conditions.</summary>
    private static BackupApp Where(SelectionConditions conditions, params BackupResource[] resources) =>
        Options(new BackupSelectionOptions { Resources = resources.Length == 0 ? [BackupResource.All()] : resources, Conditions = conditions });

    private static ConditionParameter C(string tagKey, string value) => new("aws:ResourceTag/" + tagKey, value);

    private static BackupApp Named(string id, string? selectionName = null) => Fixture.App(s =>
    {
        var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = s.AddVault("Vault"), Rules = [BackupPlanRule.Daily()] });
        plan.AddSelection(id, new BackupSelectionOptions { SelectionName = selectionName, Resources = [Tag], Role = Role });
    });

    private static BackupApp WithRole(string roleArn, params BackupResource[] resources) =>
        Fixture.WithSelection(new BackupSelectionOptions { Resources = resources.Length == 0 ? [Tag] : resources, Role = BackupRole.FromArn(roleArn) });

    private static string[] Tables(int count) => [.. Enumerable.Range(0, count).Select(i => $"{Table}-{i}")];

    private static string[] TablePrefixes(int count) => [.. Enumerable.Range(0, count).Select(i => $"{Table}-{i}*")];

    private static BackupApp Excluding(params string[] notResources) =>
        Options(new BackupSelectionOptions { Resources = [Tag], NotResources = notResources });

    private static BackupApp ConditionCount(int count) => Where(new SelectionConditions
    {
        StringEquals = [.. Enumerable.Range(0, count / 2).Select(i => C($"a{i}", "x"))],
        StringNotEquals = [.. Enumerable.Range(0, count - (count / 2)).Select(i => C($"b{i}", "x"))],
    });

    private static BackupApp TagCount(int count) => Select([.. Enumerable.Range(0, count).Select(i => BackupResource.FromTag($"backup{i}", "true"))]);

    private static BackupApp TagOfType(string conditionType) => Select(BackupResource.FromTag(new TagCondition("backup", "true", conditionType)));

    private static BackupApp Other(string op) => Where(new SelectionConditions
    {
        Other = new Dictionary<string, IReadOnlyList<ConditionParameter>> { [op] = [C("backup", "true")] },
    });

    private static string Deferred(string name, string attribute) => new StackParameter(name + attribute).Value;

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        Bad("BKP3030 an ARN and a tag in one selection widen it (OR)", "BKP3030",
            () => Fixture.WithSelection(new BackupSelectionOptions { Resources = [BackupResource.DynamoDbTable("orders"), BackupResource.FromTag("env", "prod")] }),
            "Test/Plan/Sel", "Resources[1]"),
        Good("BKP3030 ARNs narrowed by a condition (AND) are accepted", "BKP3030",
            () => Fixture.WithSelection(new BackupSelectionOptions
            {
                Resources = [BackupResource.DynamoDbTable("*")],
                Conditions = new SelectionConditions { StringEquals = [new ConditionParameter("aws:ResourceTag/env", "prod")] },
            })),
        Good("BKP3030 a tag with the all-resources wildcard is accepted", "BKP3030",
            () => Fixture.WithSelection(new BackupSelectionOptions { Resources = [BackupResource.All(), BackupResource.FromTag("env", "prod")] })),
        // SEL-002 selection name
        Bad("SEL-002 a selection name with a space is rejected", "BKP3002", () => Named("Sel", "daily backups"), Sel, "SelectionName"),
        Bad("SEL-002 a 51-character selection name is rejected", "BKP3002", () => Named("Sel", new string('s', 51)), Sel, "SelectionName"),
        Bad("SEL-002 a construct ID with a space, used as the name, is rejected", "BKP3002", () => Named("Daily backups"), "Test/Plan/Daily backups", "SelectionName"),
        Good("SEL-002 a 50-character name with '.', '-' and '_' is accepted", "BKP3002", () => Named("Sel", "a.b-c_" + new string('d', 44))),
        Good("SEL-002 a one-character name is accepted", "BKP3002", () => Named("Sel", "s")),
        Good("SEL-002 a name from a token is not checked", "BKP3002", () => Named("Sel", new StackParameter("SelectionName").Value + "-selection")),

        // SEL-003 role required
        Bad("SEL-003 a role with an empty ARN is rejected", "BKP3003", () => WithRole(""), Sel, "Role"),
        Good("SEL-003 no role (a generated role) is accepted", "BKP3003", () => Fixture.WithSelection(new BackupSelectionOptions { Resources = [Tag] })),
        Good("SEL-003 a given role ARN is accepted", "BKP3003", () => WithRole(Fixture.RoleArn)),

        // SEL-004 role ARN shape
        Bad("SEL-004 an IAM user ARN as the role is reported", "BKP3004", () => WithRole("arn:aws:iam::111122223333:user/alice"), Sel, "Role"),
        Bad("SEL-004 a role name instead of an ARN is reported", "BKP3004", () => WithRole("AWSBackupDefaultServiceRole"), Sel, "Role"),
        Bad("SEL-004 a role ARN with an 11-digit account is reported", "BKP3004", () => WithRole("arn:aws:iam::11112222333:role/Backup")),
        Bad("SEL-004 an S3 ARN as the role is reported", "BKP3004", () => WithRole("arn:aws:s3:::my-bucket")),
        Good("SEL-004 the default service role ARN is accepted", "BKP3004", () => WithRole(Fixture.RoleArn)),
        Good("SEL-004 a role ARN in aws-cn is accepted", "BKP3004", () => WithRole("arn:aws-cn:iam::111122223333:role/Backup")),
        Good("SEL-004 BackupRole.DefaultServiceRole (tokens) is accepted", "BKP3004", () => Fixture.WithSelection(new BackupSelectionOptions { Resources = [Tag], Role = BackupRole.DefaultServiceRole() })),
        Good("SEL-004 a role ARN known only at deploy time is not checked", "BKP3004", () => WithRole(Deferred("BackupRole", "Arn"))),

        // SEL-005 the default service role and S3
        Bad("SEL-005 the default service role selecting an S3 bucket is reported", "BKP3005", () => WithRole(Fixture.RoleArn, BackupResource.S3Bucket("logs")), Sel, "Role"),
        Bad("SEL-005 BackupRole.DefaultServiceRole selecting S3 buckets by prefix is reported", "BKP3005", () => Fixture.WithSelection(new BackupSelectionOptions
        {
            Resources = [BackupResource.FromArn("arn:aws:s3:::prod-*")], Role = BackupRole.DefaultServiceRole(),
        }), Sel, "Role"),
        Good("SEL-005 a generated role selecting S3 is accepted (it gets the S3 policies)", "BKP3005", () => Fixture.WithSelection(new BackupSelectionOptions { Resources = [BackupResource.S3Bucket("logs")] })),
        Good("SEL-005 a custom role selecting S3 is accepted", "BKP3005", () => WithRole(CustomRole, BackupResource.S3Bucket("logs"))),
        Good("SEL-005 the default service role with a tag selection is accepted", "BKP3005", () => WithRole(Fixture.RoleArn, Tag)),
        Good("SEL-005 the default service role with DynamoDB tables is accepted", "BKP3005", () => WithRole(Fixture.RoleArn, BackupResource.DynamoDbTable("orders"))),

        // SEL-006, SEL-007 ARN counts
        Bad("SEL-006 501 ARNs without wildcards are rejected", "BKP3006", () => Arns(Tables(501)), Sel, "Resources"),
        Bad("SEL-006 31 ARNs with wildcards are rejected", "BKP3006", () => Arns(TablePrefixes(31)), Sel, "Resources"),
        Good("SEL-006 500 plain and 30 wildcard ARNs are accepted", "BKP3006", () => Arns([.. Tables(500), .. TablePrefixes(30)])),
        Bad("SEL-007 501 NotResources ARNs without wildcards are rejected", "BKP3007", () => Excluding(Tables(501)), Sel, "NotResources"),
        Bad("SEL-007 31 NotResources ARNs with wildcards are rejected", "BKP3007", () => Excluding(TablePrefixes(31)), Sel, "NotResources"),
        Good("SEL-007 500 plain and 30 wildcard NotResources ARNs are accepted", "BKP3007", () => Excluding([.. Tables(500), .. TablePrefixes(30)])),

        // SEL-008 conditions, SEL-009 tags
        Bad("SEL-008 31 conditions are rejected", "BKP3008", () => ConditionCount(31), Sel, "Conditions"),
        Good("SEL-008 30 conditions are accepted", "BKP3008", () => ConditionCount(30)),
        Bad("SEL-009 31 tag entries are rejected", "BKP3009", () => TagCount(31), Sel, "Resources"),
        Good("SEL-009 30 tag entries are accepted", "BKP3009", () => TagCount(30)),

        // SEL-010 ConditionType
        Bad("SEL-010 ConditionType StringLike on a tag entry is rejected", "BKP3010", () => TagOfType("StringLike"), Sel, "Resources[0].Tag.ConditionType"),
        Bad("SEL-010 an empty ConditionType is rejected", "BKP3010", () => TagOfType("")),
        Good("SEL-010 ConditionType STRINGEQUALS is accepted", "BKP3010", () => TagOfType("STRINGEQUALS")),
        Good("SEL-010 ConditionType StringEquals (a case variant) is not an error", "BKP3010", () => TagOfType("StringEquals")),
        Bad("SEL-010 ConditionType StringEquals (a case variant) is a warning", "BKP3060", () => TagOfType("StringEquals"), Sel, "Resources[0].Tag.ConditionType"),
        Good("SEL-010 the default ConditionType raises no case warning", "BKP3060", () => Select(Tag)),
        Good("SEL-010 ConditionType StringLike is not a case variant", "BKP3060", () => TagOfType("StringLike")),

        // SEL-011 tag key and value
        Bad("SEL-011 a tag entry with an empty key is rejected", "BKP3011", () => Select(BackupResource.FromTag("", "true")), Sel, "Resources[0].Tag.Key"),
        Bad("SEL-011 a tag entry without a value is rejected", "BKP3011", () => Select(Tag, BackupResource.FromTag("backup", null!)), Sel, "Resources[1].Tag.Value"),
        Good("SEL-011 a tag entry with an empty value is accepted (a valid tag value)", "BKP3011", () => Select(BackupResource.FromTag("backup", ""))),
        Good("SEL-011 a tag entry with key and value is accepted", "BKP3011", () => Select(Tag)),

        // SEL-012 operators
        Bad("SEL-012 the operator StringEqualsIgnoreCase is rejected", "BKP3012", () => Other("StringEqualsIgnoreCase"), Sel, "Conditions.Other[StringEqualsIgnoreCase]"),
        Bad("SEL-012 the operator ForAnyValue:StringLike is rejected", "BKP3012", () => Other("ForAnyValue:StringLike")),
        Bad("SEL-012 the operator stringequals (wrong case) is rejected", "BKP3012", () => Other("stringequals")),
        Bad("SEL-012 the operator NumericEquals is rejected", "BKP3012", () => Other("NumericEquals")),
        Good("SEL-012 the four documented operators are accepted", "BKP3012", () => Where(new SelectionConditions
        {
            StringEquals = [C("a", "1")], StringLike = [C("b", "2*")], StringNotEquals = [C("c", "3")], StringNotLike = [C("d", "4*")],
        })),

        // SEL-013 incomplete conditions
        Bad("SEL-013 a condition without a value is reported", "BKP3013", () => Where(new SelectionConditions { StringEquals = [C("backup", "")] }), Sel, "Conditions.StringEquals[0].Value"),
        Bad("SEL-013 a condition without a key is reported", "BKP3013", () => Where(new SelectionConditions { StringLike = [new ConditionParameter("", "prod*")] }), Sel, "Conditions.StringLike[0].Key"),
        Good("SEL-013 a condition with key and value is accepted", "BKP3013", () => Where(new SelectionConditions { StringEquals = [C("backup", "true")] })),

        // SEL-014 key prefix
        Bad("SEL-014 a condition key without aws:ResourceTag/ is reported", "BKP3014", () => Where(new SelectionConditions { StringEquals = [new ConditionParameter("backup", "true")] }), Sel, "Conditions.StringEquals[0].Key"),
        Good("SEL-014 a condition key aws:ResourceTag/backup is accepted", "BKP3014", () => Where(new SelectionConditions { StringEquals = [C("backup", "true")] })),
        Good("SEL-014 a tag entry key without the prefix is accepted (ListOfTags takes both forms)", "BKP3014", () => Select(Tag)),
        Good("SEL-014 a condition key from a token is not checked", "BKP3014", () => Where(new SelectionConditions { StringEquals = [new ConditionParameter(Deferred("Param", "Value"), "true")] })),
        Bad("SEL-014 a condition key chosen at deploy time is reported (the AWS CDK throws)", "BKP3070", () => Where(new SelectionConditions { StringEquals = [new ConditionParameter(Deferred("Param", "Value"), "true")] }), Sel, "Conditions.StringEquals[0].Key"),
        Good("SEL-014 a condition value chosen at deploy time is accepted (only keys must be literal)", "BKP3070", () => Where(new SelectionConditions { StringEquals = [new ConditionParameter("aws:ResourceTag/backup", Deferred("Param", "Value"))] })),

        // SEL-015 case typos
        Bad("SEL-015 condition keys differing only by case are reported", "BKP3015", () => Where(new SelectionConditions
        {
            StringEquals = [C("Backup", "true")], StringNotEquals = [C("backup", "false")],
        }), Sel, "Conditions.StringNotEquals[0].Key"),
        Bad("SEL-015 two StringEquals values of one tag differing only by case are reported", "BKP3015", () => Where(new SelectionConditions
        {
            StringEquals = [C("env", "Prod"), C("env", "prod")],
        }), Sel, "Conditions.StringEquals[1].Value"),
        Bad("SEL-015 a tag entry and a condition whose keys differ only by case are reported", "BKP3015", () => Where(new SelectionConditions
        {
            StringEquals = [C("Backup", "true")],
        }, Tag)),
        Good("SEL-015 tag entries for both spellings of a value (ORed) are accepted", "BKP3015", () => Select(Tag, BackupResource.FromTag("backup", "True"))),
        Good("SEL-015 StringNotEquals on both spellings of a value is accepted", "BKP3015", () => Where(new SelectionConditions
        {
            StringNotEquals = [C("env", "Test"), C("env", "test")],
        })),
        Good("SEL-015 different keys and values are accepted", "BKP3015", () => Where(new SelectionConditions { StringEquals = [C("backup", "true"), C("env", "prod")] })),

        // SEL-016 wildcards
        Bad("SEL-016 a leading '*' in the resource part of an ARN is reported", "BKP3016", () => Arns("arn:aws:s3:::*-logs"), Sel, "Resources[0]"),
        Bad("SEL-016 a middle '*' in a NotResources ARN is reported", "BKP3016", () => Excluding("arn:aws:dynamodb:eu-west-1:111122223333:table/*-scratch"), Sel, "NotResources[0]"),
        Bad("SEL-016 a StringLike pattern with whitespace is reported", "BKP3016", () => Where(new SelectionConditions { StringLike = [C("team", "data *")] }), Sel, "Conditions.StringLike[0].Value"),
        Good("SEL-016 '*' for Region, account and a trailing resource is accepted", "BKP3016", () => Arns("arn:aws:rds:*:*:db:*", "arn:aws:ec2:*:*:volume/*", "arn:aws:s3:::my-bucket-*")),
        Good("SEL-016 the seeds' short patterns arn:aws:fsx:* and arn:aws:rds:* are accepted", "BKP3016", () => Options(new BackupSelectionOptions
        {
            Resources = [BackupResource.All()], NotResources = ["arn:aws:fsx:*", "arn:aws:rds:*"], Conditions = new SelectionConditions { StringEquals = [C("backup", "true")] },
        })),
        Good("SEL-016 StringLike patterns with '*' anywhere are accepted", "BKP3016", () => Where(new SelectionConditions { StringLike = [C("env", "*rod*")] })),

        // SEL-017 literal '*'
        Bad("SEL-017 '*' in a StringEquals value is reported", "BKP3017", () => Where(new SelectionConditions { StringEquals = [C("env", "prod*")] }), Sel, "Conditions.StringEquals[0].Value"),
        Bad("SEL-017 '*' in a tag entry value is reported", "BKP3017", () => Select(BackupResource.FromTag("backup", "*")), Sel, "Resources[0].Tag.Value"),
        Good("SEL-017 '*' in a StringLike value is accepted", "BKP3017", () => Where(new SelectionConditions { StringLike = [C("env", "prod*")] })),

        // SEL-018 contradictions
        Bad("SEL-018 StringEquals and StringNotEquals on the same key and value are reported", "BKP3018", () => Where(new SelectionConditions
        {
            StringEquals = [C("env", "prod")], StringNotEquals = [C("env", "prod")],
        }), Sel, "Conditions.StringNotEquals[0].Value"),
        Bad("SEL-018 two StringEquals values for one key are reported", "BKP3018", () => Where(new SelectionConditions
        {
            StringEquals = [C("env", "prod"), C("env", "test")],
        }), Sel, "Conditions.StringEquals[1].Value"),
        Bad("SEL-018 StringEquals path=prod with StringLike path=prod/* (the seed's CloudFormation example) is reported", "BKP3018", () => Where(new SelectionConditions
        {
            StringEquals = [C("path", "prod")], StringLike = [C("path", "prod/*")],
        }), Sel, "Conditions.StringLike[0].Value"),
        Good("SEL-018 StringEquals env=production with StringLike env=prod* is accepted", "BKP3018", () => Where(new SelectionConditions
        {
            StringEquals = [C("env", "production")], StringLike = [C("env", "prod*")],
        })),
        Good("SEL-018 StringEquals and StringNotEquals on different values are accepted", "BKP3018", () => Where(new SelectionConditions
        {
            StringEquals = [C("env", "prod")], StringNotEquals = [C("env", "test")],
        })),
        Good("SEL-018 StringEquals on different keys are accepted", "BKP3018", () => Where(new SelectionConditions { StringEquals = [C("backup", "true"), C("env", "prod")] })),

        // SEL-019 everything
        Bad("SEL-019 a selection with no Resources and no Conditions is rejected", "BKP3069", () => Options(new BackupSelectionOptions()), Sel, "Resources"),
        Bad("SEL-019 a selection with only NotResources is rejected", "BKP3069", () => Options(new BackupSelectionOptions { NotResources = [Table] }), Sel, "Resources"),
        Good("SEL-019 a selection with Conditions only is not empty", "BKP3069", () => Options(new BackupSelectionOptions { Conditions = new SelectionConditions { StringEquals = [C("backup", "true")] } })),
        Good("SEL-019 an explicit BackupResource.All() is not an error", "BKP3069", () => Select(BackupResource.All())),
        Bad("SEL-019 Resources '*' without Conditions is a warning", "BKP3019", () => Select(BackupResource.All()), Sel, "Resources[0]"),
        Bad("SEL-019 Resources '*' with NotResources and no Conditions is a warning", "BKP3019", () => Options(new BackupSelectionOptions { Resources = [BackupResource.All()], NotResources = [Table] })),
        Good("SEL-019 Resources '*' narrowed by Conditions is accepted", "BKP3019", () => Where(new SelectionConditions { StringEquals = [C("backup", "true")] })),
        Good("SEL-019 a tag selection is accepted", "BKP3019", () => Select(Tag)),

        // SEL-020 exclusion without inclusion
        Bad("SEL-020 NotResources with Conditions but no Resources is reported", "BKP3020", () => Options(new BackupSelectionOptions
        {
            NotResources = [Table], Conditions = new SelectionConditions { StringEquals = [C("backup", "true")] },
        }), Sel, "NotResources"),
        Good("SEL-020 NotResources on top of '*' and Conditions is accepted", "BKP3020", () => Options(new BackupSelectionOptions
        {
            Resources = [BackupResource.All()], NotResources = [Table], Conditions = new SelectionConditions { StringEquals = [C("backup", "true")] },
        })),
        Good("SEL-020 NotResources on top of a tag entry is accepted", "BKP3020", () => Excluding(Table)),

        // SEL-021 ARN namespaces
        Bad("SEL-021 a Lambda function ARN is reported", "BKP3021", () => Arns("arn:aws:lambda:eu-west-1:111122223333:function:orders"), Sel, "Resources[0]"),
        Bad("SEL-021 a NotResources entry that is not an ARN is reported", "BKP3021", () => Excluding("orders-table"), Sel, "NotResources[0]"),
        Bad("SEL-021 an EC2 snapshot ARN is reported", "BKP3021", () => Arns("arn:aws:ec2:eu-west-1:111122223333:snapshot/*")),
        Bad("SEL-021 an ARN with an unknown partition is reported", "BKP3021", () => Arns("arn:amazon:dynamodb:eu-west-1:111122223333:table/orders")),
        Good("SEL-021 ARNs of supported types in any partition are accepted", "BKP3021", () => Arns(
            "arn:aws:ec2:*:*:instance/*", "arn:aws-cn:ec2:cn-north-1:111122223333:volume/vol-1", "arn:aws:elasticfilesystem:eu-west-1:111122223333:file-system/*",
            "arn:aws:eks:eu-west-1:111122223333:cluster/prod", "arn:aws:ec2:*", "arn:aws:backup-gateway:eu-west-1:111122223333:vm/vm-1")),
        Good("SEL-021 typed helpers (with tokens) are accepted", "BKP3021", () => Select(BackupResource.DynamoDbTable("orders"), BackupResource.S3Bucket("logs"), BackupResource.Ec2Instance("*"))),
        Good("SEL-021 an ARN known only at deploy time is not checked", "BKP3021", () => Arns(Deferred("Table", "Arn"))),

        // SEL-022 opt-in
        Bad("SEL-022 a tag-only selection is noted", "BKP3022", () => Select(Tag), Sel, "Resources"),
        Bad("SEL-022 '*' narrowed by Conditions is noted", "BKP3022", () => Where(new SelectionConditions { StringEquals = [C("backup", "true")] })),
        Good("SEL-022 a selection that names resource types is not noted", "BKP3022", () => Where(new SelectionConditions { StringEquals = [C("backup", "true")] }, BackupResource.FromArn("arn:aws:ec2:*:*:volume/*"))),
        Good("SEL-022 a selection of ARNs is not noted", "BKP3022", () => Arns(Table)),

        // SEL-023 intended type
        Bad("SEL-023 AuroraCluster(\"*\") selecting every RDS-family cluster is reported", "BKP3023", () => Select(BackupResource.AuroraCluster("*")), Sel, "Resources[0]"),
        Good("SEL-023 a named Aurora cluster is accepted", "BKP3023", () => Select(BackupResource.AuroraCluster("orders-db"))),
        Good("SEL-023 RdsInstance(\"*\") selects only RDS instances and is accepted", "BKP3023", () => Select(BackupResource.RdsInstance("*"))),
        Good("SEL-023 a plain cluster pattern without a typed intent is accepted", "BKP3023", () => Arns("arn:aws:rds:*:*:cluster:*")),

        // SEL-024 FSx for ONTAP
        Bad("SEL-024 FSx resources narrowed by tag are noted", "BKP3024", () => Where(new SelectionConditions { StringEquals = [C("backup", "true")] }, BackupResource.FromArn("arn:aws:fsx:*")), Sel, "Resources[0]"),
        Bad("SEL-024 an FSx file system with a tag entry is noted", "BKP3024", () => Select(BackupResource.FsxFileSystem("*"), Tag)),
        Good("SEL-024 FSx by ARN without tags is not noted", "BKP3024", () => Select(BackupResource.FsxFileSystem("fs-0123456789abcdef0"))),
        Good("SEL-024 a tag selection without FSx ARNs is not noted", "BKP3024", () => Select(Tag)),

        // SEL-025 Region
        Bad("SEL-025 an ARN in another Region is reported", "BKP3025", () => Arns("arn:aws:dynamodb:eu-central-1:111122223333:table/orders"), Sel, "Resources[0]"),
        Good("SEL-025 an ARN in the stack's Region is accepted", "BKP3025", () => Arns(Table)),
        Good("SEL-025 a '*' Region is accepted", "BKP3025", () => Arns("arn:aws:dynamodb:*:111122223333:table/orders")),
        Good("SEL-025 an ARN Region is not checked when the stack's Region is unknown", "BKP3025", () => Fixture.App(s =>
        {
            var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = s.AddVault("Vault"), Rules = [BackupPlanRule.Daily()] });
            plan.AddSelection("Sel", new BackupSelectionOptions { Resources = [BackupResource.FromArn("arn:aws:dynamodb:eu-central-1:111122223333:table/orders")], Role = Role });
        }, region: null)),
        Good("SEL-025 NotResources in another Region are not checked", "BKP3025", () => Excluding("arn:aws:dynamodb:eu-central-1:111122223333:table/orders")),

        // SEL-027 restore-test resources
        Bad("SEL-027 a tag entry on awsbackup-restore-test is reported", "BKP3027", () => Select(BackupResource.FromTag("awsbackup-restore-test", "true")), Sel, "Resources[0].Tag.Key"),
        Bad("SEL-027 a StringLike condition on the restore-test tag is reported", "BKP3027", () => Where(new SelectionConditions { StringLike = [C("awsbackup-restore-test", "*")] }), Sel, "Conditions.StringLike[0].Key"),
        Bad("SEL-027 an ARN named awsbackup-restore-test-... is reported", "BKP3027", () => Arns("arn:aws:rds:eu-west-1:111122223333:db:awsbackup-restore-test-orders"), Sel, "Resources[0]"),
        Good("SEL-027 excluding the restore-test tag with StringNotLike is accepted", "BKP3027", () => Where(new SelectionConditions
        {
            StringEquals = [C("backup", "true")], StringNotLike = [C("awsbackup-restore-test", "*")],
        })),
        Good("SEL-027 an ordinary table ARN is accepted", "BKP3027", () => Arns(Table)),
    ];
}
