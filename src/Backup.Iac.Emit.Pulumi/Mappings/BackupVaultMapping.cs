using System.Collections.Immutable;
using Backup.Iac.Graph;
using Names = Backup.Iac.Graph.CloudFormation.CfnBackupVault;

namespace Backup.Iac.Emit.Pulumi.Mappings;

/// <summary>A backup vault: the vault, and its access policy, notifications and lock as separate provider resources.</summary>
internal sealed class BackupVaultMapping : PulumiMapping
{
    private const string VaultPolicy = "aws:backup:VaultPolicy";
    private const string VaultNotifications = "aws:backup:VaultNotifications";
    private const string VaultLockConfiguration = "aws:backup:VaultLockConfiguration";

    public override string CloudFormationType => Names.CfnResourceType;

    public override string PulumiType => "aws:backup:Vault";

    public override string? RefOutput => "name";

    public override ImmutableDictionary<string, string> AttributeOutputs { get; } = Attributes((Names.BackupVaultName, "name"), (Names.BackupVaultArn, "arn"));

    public override bool ExportsArn => true;

    public override void Map(MappingContext c)
    {
        var r = c.Properties;
        c.Add(MappingContext.Props(("name", c.Take(r, Names.BackupVaultName)), ("kmsKeyArn", c.Take(r, Names.EncryptionKeyArn)), ("tags", c.Take(r, Names.BackupVaultTags))));
        Parts(c);
        c.Add(c.Id + "-lock", VaultLockConfiguration, r.Map(Names.LockConfiguration) is { } lockConfig ? MappingContext.Props(
            ("backupVaultName", c.Output("name")),
            ("minRetentionDays", c.Take(lockConfig, Names.LockConfigurationTypeProperty.MinRetentionDays)),
            ("maxRetentionDays", c.Take(lockConfig, Names.LockConfigurationTypeProperty.MaxRetentionDays)),
            ("changeableForDays", c.Take(lockConfig, Names.LockConfigurationTypeProperty.ChangeableForDays))) : null);
    }

    /// <summary>
    /// The access policy and the notifications of a vault (standard or logically air-gapped: both schemas name them
    /// alike): separate resources in the provider.
    /// </summary>
    public static void Parts(MappingContext c)
    {
        var r = c.Properties;
        c.Add(c.Id + "-policy", VaultPolicy, r.Has(Names.AccessPolicy)
            ? MappingContext.Props(("backupVaultName", c.Output("name")), ("policy", c.Json(r, Names.AccessPolicy)))
            : null);
        c.Add(c.Id + "-notifications", VaultNotifications, r.Map(Names.Notifications) is { } n ? MappingContext.Props(
            ("backupVaultName", c.Output("name")),
            ("snsTopicArn", c.Take(n, Names.NotificationObjectTypeProperty.SNSTopicArn)),
            ("backupVaultEvents", c.Take(n, Names.NotificationObjectTypeProperty.BackupVaultEvents))) : null);
    }
}
