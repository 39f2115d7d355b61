#pragma warning disable CS0618 // the CDK test's own tree uses deprecated engine versions and InstanceProps
using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.RDS;
using Amazon.CDK.AWS.S3;
using Efs = Amazon.CDK.AWS.EFS;

namespace Backup.Iac.Cdk.Tests;

/// <summary>
/// <c>BackupResource.FromConstruct(scope)</c>, as the CDK's <c>fromConstruct</c>: the CDK's own test tree (selection.test.ts
/// 'fromConstruct'), and what it adds (S3 buckets) and leaves out (DB instances of a cluster, other resources).
/// </summary>
public sealed class FromConstructTests
{
    // CDK: selection.test.ts 'fromConstruct' (the core's Parity/SelectionParityTests.FromConstruct checks the ARN shapes).
    [Fact]
    public void FromConstruct()
    {
        var app = new App();
        var stack = new Stack(app, "Stack");
        var backup = new BackupEstate(stack, "Backup");
        var plan = BackupPlan.DailyWeeklyMonthly5YearRetention(backup.Stack, "Plan");
        var myConstruct = new Constructs.Construct(stack, "MyConstruct");
        _ = new Table(myConstruct, "Table", new TableProps { PartitionKey = new Amazon.CDK.AWS.DynamoDB.Attribute { Name = "id", Type = AttributeType.STRING } });
        var efsConstruct = new Constructs.Construct(myConstruct, "EFS");
        new Efs.CfnFileSystem(efsConstruct, "FileSystem").ApplyRemovalPolicy(Amazon.CDK.RemovalPolicy.DESTROY);
        var vpc = new Vpc(myConstruct, "Vpc");
        _ = new DatabaseInstance(myConstruct, "DatabaseInstance", new DatabaseInstanceProps
        {
            Engine = DatabaseInstanceEngine.Mysql(new MySqlInstanceEngineProps { Version = MysqlEngineVersion.VER_8_0_26 }),
            InstanceType = Amazon.CDK.AWS.EC2.InstanceType.Of(InstanceClass.BURSTABLE3, InstanceSize.SMALL),
            Vpc = vpc,
        });
        _ = new DatabaseCluster(myConstruct, "DatabaseCluster", new DatabaseClusterProps
        {
            Engine = DatabaseClusterEngine.AuroraMysql(new AuroraMysqlClusterEngineProps { Version = AuroraMysqlEngineVersion.VER_2_08_1 }),
            Credentials = Credentials.FromGeneratedSecret("clusteradmin"),
            InstanceProps = new Amazon.CDK.AWS.RDS.InstanceProps { Vpc = vpc },
        });
        _ = new ServerlessCluster(myConstruct, "ServerlessCluster", new ServerlessClusterProps
        {
            Engine = DatabaseClusterEngine.AURORA_POSTGRESQL,
            ParameterGroup = ParameterGroup.FromParameterGroupName(stack, "ParameterGroup", "default.aurora-postgresql11"),
            Vpc = vpc,
        });
        var other = new Constructs.Construct(stack, "EfsConstruct");
        new Efs.CfnFileSystem(other, "FileSystem").ApplyRemovalPolicy(Amazon.CDK.RemovalPolicy.DESTROY);

        plan.AddSelection("Selection", new BackupSelectionOptions { Resources = [.. BackupResource.FromConstruct(myConstruct), .. BackupResource.FromConstruct(other)] });

        var template = Templates.Cdk(app.Synth(), stack);
        var selection = template["Resources"]![Backup.Iac.Graph.LogicalIds.FromPath("Plan/Selection/Resource")]!["Properties"]!["BackupSelection"]!;
        Assert.Equal("""{"Fn::GetAtt":["PlanSelectionRole6D10F4B7","Arn"]}""", selection["IamRoleArn"]!.ToJsonString());
        string[] expected =
        [
            Arn(":dynamodb:", ":table/", "MyConstructTable25959456"),
            Arn(":elasticfilesystem:", ":file-system/", "MyConstructEFSFileSystemC68B6B78"),
            Arn(":rds:", ":db:", "MyConstructDatabaseInstanceC3164567"),
            Arn(":rds:", ":cluster:", "MyConstructDatabaseCluster9BAC1530"),
            Arn(":rds:", ":cluster:", "MyConstructServerlessCluster90C61A45"),
            Arn(":elasticfilesystem:", ":file-system/", "EfsConstructFileSystemFBE43F88"),
        ];
        Assert.Equal(expected, selection["Resources"]!.AsArray().Select(r => r!.ToJsonString()));
    }

    [Fact]
    public void FromConstruct_also_finds_S3_buckets_and_keeps_each_entrys_resource_type()
    {
        var app = new App();
        var stack = new Stack(app, "Stack", new StackProps { Env = new Amazon.CDK.Environment { Account = "111122223333", Region = "eu-west-1" } });
        var data = new Constructs.Construct(stack, "Data");
        _ = new Bucket(data, "Bucket", new BucketProps { Versioned = true });
        _ = new Table(data, "Orders", new TableProps { PartitionKey = new Amazon.CDK.AWS.DynamoDB.Attribute { Name = "id", Type = AttributeType.STRING } });
        _ = new Amazon.CDK.AWS.SNS.Topic(data, "NotBackedUp");

        var entries = BackupResource.FromConstruct(data);

        Assert.Equal(["S3", "DynamoDB"], entries.Select(e => e.IntendedType));
        Assert.Empty(BackupResource.FromConstruct(new Constructs.Construct(stack, "Empty")));
        Assert.All(entries, e => Assert.True(Amazon.CDK.Token.IsUnresolved(e.Arn!)));
        Assert.Contains(":s3:::", entries[0].Arn, StringComparison.Ordinal);
    }

    /// <summary>The CDK's ARN of a resource of the stack: <c>Fn::Join</c> of partition, service, Region, account, resource and the <c>Ref</c>.</summary>
    private static string Arn(string service, string resource, string logicalId) =>
        $$"""{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},"{{service}}",{"Ref":"AWS::Region"},":",{"Ref":"AWS::AccountId"},"{{resource}}",{"Ref":"{{logicalId}}"}]]}""";
}
