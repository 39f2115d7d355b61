using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.RDS;
using Amazon.CDK.AWS.S3;
using EfsFileSystem = Amazon.CDK.AWS.EFS.IFileSystem;
using FsxFileSystem = Amazon.CDK.AWS.FSx.IFileSystem;

namespace Backup.Iac.Cdk;

/// <summary>
/// <c>BackupResource.From...(cdkResource)</c>: the user's CDK resources selected for backup, as references rather than
/// typed ARNs. Their names and IDs are CDK tokens, which validation treats as deploy-time values and the CDK resolves to
/// <c>Ref</c>; the entry keeps the resource type, as <see cref="BackupResource.DynamoDbTable"/> and the other typed
/// helpers do. A KMS key or an SNS topic needs no helper: give <c>key.KeyArn</c> or <c>topic.TopicArn</c> where the
/// model takes an ARN.
/// </summary>
public static class CdkBackupResources
{
    extension(BackupResource)
    {
        /// <summary>A DynamoDB table of the CDK app (selected by its ARN in the stack's account and Region).</summary>
        /// <param name="table">The table.</param>
        /// <returns>The entry.</returns>
        public static BackupResource FromDynamoDbTable(ITable table) => BackupResource.DynamoDbTable(NotNull(table).TableName);

        /// <summary>An RDS DB instance of the CDK app.</summary>
        /// <param name="instance">The DB instance.</param>
        /// <returns>The entry.</returns>
        public static BackupResource FromRdsDatabaseInstance(IDatabaseInstance instance) => BackupResource.RdsInstance(NotNull(instance).InstanceIdentifier);

        /// <summary>An Aurora DB cluster of the CDK app.</summary>
        /// <param name="cluster">The DB cluster.</param>
        /// <returns>The entry.</returns>
        public static BackupResource FromRdsDatabaseCluster(IDatabaseCluster cluster) => BackupResource.AuroraCluster(NotNull(cluster).ClusterIdentifier);

        /// <summary>An EFS file system of the CDK app.</summary>
        /// <param name="fileSystem">The file system.</param>
        /// <returns>The entry.</returns>
        public static BackupResource FromEfsFileSystem(EfsFileSystem fileSystem) => BackupResource.EfsFileSystem(NotNull(fileSystem).FileSystemId);

        /// <summary>An FSx file system of the CDK app.</summary>
        /// <param name="fileSystem">The file system.</param>
        /// <returns>The entry.</returns>
        public static BackupResource FromFsxFileSystem(FsxFileSystem fileSystem) => BackupResource.FsxFileSystem(NotNull(fileSystem).FileSystemId);

        /// <summary>An EC2 instance of the CDK app.</summary>
        /// <param name="instance">The instance.</param>
        /// <returns>The entry.</returns>
        public static BackupResource FromEc2Instance(IInstance instance) => BackupResource.Ec2Instance(NotNull(instance).InstanceId);

        /// <summary>An EBS volume of the CDK app.</summary>
        /// <param name="volume">The volume.</param>
        /// <returns>The entry.</returns>
        public static BackupResource FromEbsVolume(IVolume volume) => BackupResource.EbsVolume(NotNull(volume).VolumeId);

        /// <summary>An S3 bucket of the CDK app (it needs versioning).</summary>
        /// <param name="bucket">The bucket.</param>
        /// <returns>The entry.</returns>
        public static BackupResource FromS3Bucket(IBucket bucket) => BackupResource.S3Bucket(NotNull(bucket).BucketName);

        /// <summary>
        /// Every resource AWS Backup can protect in a CDK construct and below it, as the CDK's
        /// <c>BackupResource.fromConstruct</c>: DynamoDB tables (and global tables), EFS file systems, EC2 instances, EBS
        /// volumes, RDS DB instances that are not in a cluster, RDS and Aurora DB clusters, in the construct tree's order;
        /// and, beyond the CDK's list, S3 buckets and FSx file systems. Each is a typed entry that names the resource by
        /// reference, as <see cref="FromDynamoDbTable"/> does. The tree is walked when this is called (the CDK walks it at
        /// synth), so create the resources first; spread the result into a selection's resources:
        /// <c>Resources = [.. BackupResource.FromConstruct(app)]</c>.
        /// </summary>
        /// <param name="scope">The construct: a stack, an L2 or any construct of yours.</param>
        /// <returns>The entries; empty when the tree holds none (a selection without resources is an error, BKP3069).</returns>
        public static IReadOnlyList<BackupResource> FromConstruct(Constructs.IConstruct scope)
        {
            var result = new List<BackupResource>();
            foreach (var node in NotNull(scope).Node.FindAll())
            {
                if (Entry(node) is { } entry)
                {
                    result.Add(entry);
                }
            }

            return result;
        }
    }

    /// <summary>The entry for an L1 resource AWS Backup can protect, by reference; null for any other construct.</summary>
    private static BackupResource? Entry(Constructs.IConstruct node) => node switch
    {
        CfnTable table => BackupResource.DynamoDbTable(table.Ref),
        CfnGlobalTable global => BackupResource.DynamoDbTable(global.Ref),
        Amazon.CDK.AWS.EFS.CfnFileSystem efs => BackupResource.EfsFileSystem(efs.Ref),
        CfnInstance instance => BackupResource.Ec2Instance(instance.Ref),
        CfnVolume volume => BackupResource.EbsVolume(volume.Ref),
        CfnDBInstance db when db.DbClusterIdentifier is null => BackupResource.RdsInstance(db.Ref),
        CfnDBCluster cluster when IsMultiAzCluster(cluster) => BackupResource.RdsMultiAzCluster(cluster.Ref),
        CfnDBCluster cluster => BackupResource.AuroraCluster(cluster.Ref),
        CfnBucket bucket => BackupResource.S3Bucket(bucket.Ref),
        Amazon.CDK.AWS.FSx.CfnFileSystem fsx => BackupResource.FsxFileSystem(fsx.Ref),
        _ => null,
    };

    /// <summary>An RDS Multi-AZ DB cluster (engine <c>mysql</c> or <c>postgres</c>, not Aurora's); Aurora when unknown.</summary>
    private static bool IsMultiAzCluster(CfnDBCluster cluster) =>
        cluster.Engine is { } engine && !Token.IsUnresolved(engine) && (engine.Equals("mysql", StringComparison.OrdinalIgnoreCase) || engine.Equals("postgres", StringComparison.OrdinalIgnoreCase));

    internal static T NotNull<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return value;
    }
}
