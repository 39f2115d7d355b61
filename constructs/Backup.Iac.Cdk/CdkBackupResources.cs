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
    }

    internal static T NotNull<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return value;
    }
}
