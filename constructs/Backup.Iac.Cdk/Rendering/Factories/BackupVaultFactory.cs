using Amazon.CDK;
using Amazon.CDK.AWS.Backup;
using Lock = Backup.Iac.Graph.CloudFormation.CfnBackupVault.LockConfigurationTypeProperty;
using Names = Backup.Iac.Graph.CloudFormation.CfnBackupVault;
using Notifications = Backup.Iac.Graph.CloudFormation.CfnBackupVault.NotificationObjectTypeProperty;

namespace Backup.Iac.Cdk.Rendering.Factories;

using Construct = Constructs.Construct;

/// <summary><c>AWS::Backup::BackupVault</c> as <see cref="CfnBackupVault"/>.</summary>
internal sealed class BackupVaultFactory : L1Factory
{
    public override string CloudFormationType => Names.CfnResourceType;

    public override CfnResource? Create(Construct scope, string id, L1PropertyReader p)
    {
        var props = new CfnBackupVaultProps
        {
            BackupVaultName = p.RequiredString(Names.BackupVaultName),
            AccessPolicy = p.Document(Names.AccessPolicy),
            BackupVaultTags = p.StringMap(Names.BackupVaultTags),
            EncryptionKeyArn = p.String(Names.EncryptionKeyArn),
            LockConfiguration = p.Struct(Names.LockConfiguration, l => new CfnBackupVault.LockConfigurationTypeProperty
            {
                MinRetentionDays = l.RequiredNumber(Lock.MinRetentionDays),
                MaxRetentionDays = l.Number(Lock.MaxRetentionDays),
                ChangeableForDays = l.Number(Lock.ChangeableForDays),
            }),
            Notifications = p.Struct(Names.Notifications, n => new CfnBackupVault.NotificationObjectTypeProperty
            {
                SnsTopicArn = n.RequiredString(Notifications.SNSTopicArn),
                BackupVaultEvents = n.RequiredStrings(Notifications.BackupVaultEvents),
            }),
        };
        return p.Incomplete ? null : new CfnBackupVault(scope, id, props);
    }
}
