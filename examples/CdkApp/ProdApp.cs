using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.KMS;
using Amazon.CDK.AWS.RDS;
using Amazon.CDK.AWS.SNS;
using Backup.Iac;
using Backup.Iac.Cdk;
using QuickStart;
using Duration = Backup.Iac.Duration;
using PolicyStatement = Amazon.CDK.AWS.IAM.PolicyStatement;

namespace CdkApp;

/// <summary>
/// The quick start's estate in a CDK stack, next to the application it protects: a DynamoDB table and an RDS
/// instance, selected for backup as CDK references, with a CDK KMS key, SNS topic and IAM role. Built here so that
/// the tests synthesize exactly what the program does.
/// </summary>
public static class ProdApp
{
    /// <summary>Adds the stack to a CDK app.</summary>
    /// <param name="app">The CDK app.</param>
    /// <param name="broken">Adds two mistakes to the estate (the <c>-c broken=true</c> variant), so that synth fails with Backup.Iac's diagnostics.</param>
    /// <returns>The Backup.Iac estate inside the stack.</returns>
    public static BackupEstate Build(App app, bool broken = false)
    {
        ArgumentNullException.ThrowIfNull(app);
        var backup = QuickStartEstate.Build();
        var prod = backup.Stacks.Single();
        var stack = new Stack(app, "Prod", new StackProps
        {
            Env = new Amazon.CDK.Environment { Account = prod.Account, Region = prod.Region },
            Description = prod.Props.Description,
        });

        // The application: a DynamoDB table and a PostgreSQL instance in the existing network's isolated subnets
        // (imported by ID: no lookup, so no AWS account is needed to synthesize).
        var vpc = Vpc.FromVpcAttributes(stack, "Network", new VpcAttributes
        {
            VpcId = "vpc-0a1b2c3d4e5f67890",
            AvailabilityZones = ["eu-west-1a", "eu-west-1b"],
            IsolatedSubnetIds = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"],
            IsolatedSubnetRouteTableIds = ["rtb-0a1b2c3d4e5f60001", "rtb-0a1b2c3d4e5f60002"],
        });
        var orders = new Table(stack, "Orders", new TableProps
        {
            PartitionKey = new Amazon.CDK.AWS.DynamoDB.Attribute { Name = "id", Type = AttributeType.STRING },
            BillingMode = BillingMode.PAY_PER_REQUEST,
            RemovalPolicy = Amazon.CDK.RemovalPolicy.RETAIN,
        });
        var database = new DatabaseInstance(stack, "Database", new DatabaseInstanceProps
        {
            Engine = DatabaseInstanceEngine.Postgres(new PostgresInstanceEngineProps { Version = PostgresEngineVersion.Of("16.9", "16") }),
            InstanceType = Amazon.CDK.AWS.EC2.InstanceType.Of(InstanceClass.T4G, InstanceSize.MEDIUM),
            Vpc = vpc,
            VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PRIVATE_ISOLATED },
        });

        // What the backups use: a customer managed key, a topic AWS Backup may publish to, a role it assumes.
        var key = new Key(stack, "BackupKey", new KeyProps { EnableKeyRotation = true });
        var topic = new Topic(stack, "BackupEvents");
        topic.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Principals = [new ServicePrincipal("backup.amazonaws.com")],
            Actions = ["SNS:Publish"],
            Resources = [topic.TopicArn],
        }));
        var role = new Role(stack, "BackupRole", new RoleProps
        {
            AssumedBy = new ServicePrincipal("backup.amazonaws.com"),
            ManagedPolicies =
            [
                ManagedPolicy.FromAwsManagedPolicyName("service-role/AWSBackupServiceRolePolicyForBackup"),
                ManagedPolicy.FromAwsManagedPolicyName("service-role/AWSBackupServiceRolePolicyForRestores"),
            ],
        });

        // The application's backups, added to the quick start's estate: CDK objects become references.
        var vault = prod.AddVault("AppVault", new BackupVaultProps
        {
            BackupVaultName = "prod-app",
            EncryptionKeyArn = key.KeyArn,
            Notifications = new VaultNotifications
            {
                TopicArn = topic.TopicArn,
                Events = [BackupVaultEvent.BackupJobCompleted, BackupVaultEvent.RestoreJobCompleted],
            },
        });
        var plan = prod.AddPlan("AppPlan", new BackupPlanProps
        {
            BackupPlanName = "prod-app-daily",
            Vault = vault,
            Rules =
            [
                BackupPlanRule.Daily() with
                {
                    Lifecycle = broken
                        ? new Lifecycle { MoveToColdStorageAfter = Duration.Days(30), DeleteAfter = Duration.Days(60) }
                        : new Lifecycle { DeleteAfter = Duration.Days(35) },
                },
            ],
        });
        plan.AddSelection("AppData", new BackupSelectionOptions
        {
            Role = BackupRole.FromRole(role),
            Resources = [BackupResource.FromDynamoDbTable(orders), BackupResource.FromRdsDatabaseInstance(database)],
        });
        if (broken)
        {
            plan.AddSelection("Nothing", new BackupSelectionOptions { Resources = [] });
        }

        return new BackupEstate(stack, "Backup", new BackupEstateProps { Stack = prod });
    }
}
