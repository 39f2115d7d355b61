using Backup.Iac.Catalog;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;

namespace Backup.Iac.Validation.Facts;

/// <summary>
/// NOTIF-010: the topic a vault notifies, when it is a topic of the app, has a topic policy of the app that allows
/// <c>backup.amazonaws.com</c> <c>SNS:Publish</c> (BKP1210 when the app's policies prove it does not; BKP1260 when the app
/// has no policy for the topic at all: one may be set elsewhere). NOTIF-011: the topic's KMS key, when it is a key of
/// the app (or the AWS managed key <c>alias/aws/sns</c>, whose policy cannot be changed), lets the service principal
/// call <c>kms:GenerateDataKey</c> and <c>kms:Decrypt</c>.
/// </summary>
internal sealed class NotificationTopicLetsBackupPublish : IValidator<BackupVault>
{
    private const string Backup = "backup.amazonaws.com";
    private static readonly string[] KeyActions = ["kms:GenerateDataKey", "kms:Decrypt"];

    public void Check(BackupVault vault, ValidationContext context)
    {
        if (vault.Props.Notifications is not { TopicArn: { } arn })
        {
            return;
        }

        var facts = context.Facts.Resources;
        if (facts.Resolve(vault.Stack, arn, ResourceFacts.Topic) is not { } topic)
        {
            return;
        }

        var name = FactValues.Text(FactValues.Get(topic.Properties, CfnTopic.TopicName)) ?? topic.Id;
        var policies = facts.TopicPoliciesOf(topic);
        if (policies.Count == 0)
        {
            if (!facts.HasUnresolvedTopicPolicy(topic.Stack))
            {
                context.Report(ResourceFactConstraints.TopicWithoutPolicy, vault, null, PropertyPath.Of(nameof(BackupVaultProps.Notifications), nameof(VaultNotifications.TopicArn)), name);
            }
        }
        else if (policies.All(p => PolicyFacts.Allows(FactValues.Document(FactValues.Get(p.Properties, CfnTopicPolicy.PolicyDocument)), PolicyFacts.Service(Backup), "SNS:Publish") == false))
        {
            context.Report(ResourceFactConstraints.TopicPolicyRefusesBackup, vault, null, PropertyPath.Of(nameof(BackupVaultProps.Notifications), nameof(VaultNotifications.TopicArn)), name, policies[^1].Id);
        }

        var keyValue = FactValues.Get(topic.Properties, CfnTopic.KmsMasterKeyId);
        if (keyValue is null)
        {
            return;
        }

        if (FactValues.Text(keyValue) is { } keyText && ResourceFacts.AliasName(keyText) == "alias/aws/sns")
        {
            context.Report(ResourceFactConstraints.TopicKeyRefusesBackup, vault, null, PropertyPath.Of(nameof(BackupVaultProps.Notifications), nameof(VaultNotifications.TopicArn)), name, "the AWS managed key alias/aws/sns",
                "kms:GenerateDataKey and kms:Decrypt", "The policy of an AWS managed key cannot be changed: encrypt the topic with a customer managed key whose policy allows backup.amazonaws.com");
            return;
        }

        if (facts.KeyOf(topic.Stack, keyValue) is not { } key)
        {
            return;
        }

        var document = FactValues.Document(FactValues.Get(key.Properties, CfnKey.KeyPolicy));
        var missing = KeyActions.Where(a => PolicyFacts.Allows(document, PolicyFacts.Service(Backup), a) == false).ToList();
        if (missing.Count > 0)
        {
            context.Report(ResourceFactConstraints.TopicKeyRefusesBackup, vault, null, PropertyPath.Of(nameof(BackupVaultProps.Notifications), nameof(VaultNotifications.TopicArn)), name, $"the KMS key '{key.Id}' of this {(context.App.TemplateWording ? "template" : "app")}",
                string.Join(" and ", missing), "Add a statement to the key policy that allows the service principal backup.amazonaws.com kms:GenerateDataKey* and kms:Decrypt");
        }
    }
}
