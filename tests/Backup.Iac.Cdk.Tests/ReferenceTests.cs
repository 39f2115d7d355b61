using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.RDS;
using Amazon.CDK.AWS.S3;
using Backup.Iac.Graph;
using Backup.Iac.Tests;
using Efs = Amazon.CDK.AWS.EFS;
using Fsx = Amazon.CDK.AWS.FSx;

namespace Backup.Iac.Cdk.Tests;

/// <summary>Each <c>BackupResource.From...(cdkResource)</c> helper: typed as its helper, rendered as a reference to the CDK resource.</summary>
public sealed class ReferenceTests
{
    [Fact]
    public void Every_CDK_resource_helper_renders_an_ARN_that_refers_to_the_resource()
    {
        var outdir = Directory.CreateTempSubdirectory("backup-iac-cdk-refs-").FullName;
        try
        {
            var app = new App(new AppProps { Outdir = outdir });
            var stack = new Stack(app, "Refs", new StackProps { Env = new Amazon.CDK.Environment { Account = "111122223333", Region = "eu-west-1" } });
            var vpc = Vpc.FromVpcAttributes(stack, "Network", new VpcAttributes
            {
                VpcId = "vpc-0a1b2c3d4e5f67890",
                AvailabilityZones = ["eu-west-1a", "eu-west-1b"],
                PrivateSubnetIds = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"],
                PrivateSubnetRouteTableIds = ["rtb-0a1b2c3d4e5f60001", "rtb-0a1b2c3d4e5f60002"],
            });
            var bucket = new Bucket(stack, "Bucket", new BucketProps { Versioned = true });
            var volume = new Volume(stack, "Volume", new VolumeProps { AvailabilityZone = "eu-west-1a", Size = Size.Gibibytes(8) });
            var instance = new Instance_(stack, "Instance", new Amazon.CDK.AWS.EC2.InstanceProps
            {
                Vpc = vpc,
                InstanceType = Amazon.CDK.AWS.EC2.InstanceType.Of(InstanceClass.T3, InstanceSize.MICRO),
                MachineImage = MachineImage.GenericLinux(new Dictionary<string, string> { ["eu-west-1"] = "ami-0123456789abcdef0" }),
            });
            var efs = new Efs.FileSystem(stack, "Files", new Efs.FileSystemProps { Vpc = vpc });
            var fsx = new Fsx.LustreFileSystem(stack, "Lustre", new Fsx.LustreFileSystemProps
            {
                Vpc = vpc,
                VpcSubnet = vpc.PrivateSubnets[0],
                StorageCapacityGiB = 1200,
                LustreConfiguration = new Fsx.LustreConfiguration { DeploymentType = Fsx.LustreDeploymentType.PERSISTENT_2, PerUnitStorageThroughput = 125 },
            });
            var cluster = new DatabaseCluster(stack, "Aurora", new DatabaseClusterProps
            {
                Engine = DatabaseClusterEngine.AuroraPostgres(new AuroraPostgresClusterEngineProps { Version = AuroraPostgresEngineVersion.Of("16.9", "16") }),
                Vpc = vpc,
                Writer = ClusterInstance.Provisioned("Writer"),
            });

            var model = new BackupApp();
            var prod = model.AddStack("Refs", new BackupStackProps { Account = "111122223333", Region = "eu-west-1" });
            var vault = prod.AddVault("Vault");
            var entries = new Dictionary<string, (BackupResource Entry, string Type)>
            {
                ["Bucket"] = (BackupResource.FromS3Bucket(bucket), "S3"),
                ["Volume"] = (BackupResource.FromEbsVolume(volume), "EBS"),
                ["Instance"] = (BackupResource.FromEc2Instance(instance), "EC2"),
                ["Files"] = (BackupResource.FromEfsFileSystem(efs), "EFS"),
                ["Lustre"] = (BackupResource.FromFsxFileSystem(fsx), "FSx"),
                ["Aurora"] = (BackupResource.FromRdsDatabaseCluster(cluster), "Aurora"),
            };
            prod.AddPlan("Plan", new BackupPlanProps { Vault = vault, Rules = [BackupPlanRule.Daily()] })
                .AddSelection("All", new BackupSelectionOptions { Resources = [.. entries.Values.Select(e => e.Entry)] });
            var estate = new BackupEstate(stack, "Backup", new BackupEstateProps { Stack = prod });
            Assert.Empty(estate.Node.Validate());
            Assert.All(entries.Values, e => Assert.Equal(e.Type, e.Entry.IntendedType));

            var assembly = app.Synth();
            var template = Templates.Cdk(assembly, stack);
            var arns = template["Resources"]![LogicalIds.FromPath("Plan/All/Resource")]!["Properties"]!["BackupSelection"]!["Resources"]!.AsArray();
            Assert.Equal(entries.Count, arns.Count);
            foreach (var (arn, id) in arns.Zip(entries.Keys))
            {
                var text = arn!.ToJsonString();
                Assert.Matches($"\\{{\"Ref\":\"{id}[0-9A-F]{{8}}\"\\}}", text); // the resource's own ID, by reference
                Assert.DoesNotContain("${Token[", text, StringComparison.Ordinal);
            }

            // The generated role gets the S3 policies because a bucket is selected: the entry kept its type.
            var role = template["Resources"]![LogicalIds.FromPath("Plan/All/Role/Resource")]!.ToJsonString();
            Assert.Contains("AWSBackupServiceRolePolicyForS3Backup", role, StringComparison.Ordinal);

            if (CfnLint.Available)
            {
                // Errors only: the test's own EC2 volume and instance name their availability zone (W3010).
                var (code, output) = CfnLint.Run([Path.Combine(assembly.Directory, stack.TemplateFile)]);
                Assert.True((code & 2) == 0, "cfn-lint:\n" + output);
            }
        }
        finally
        {
            Directory.Delete(outdir, recursive: true);
        }
    }
}
