using Backup.Iac.Catalog;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;

namespace Backup.Iac.Validation.Facts;

/// <summary>
/// NOTIF-010: the topic a vault notifies lets <c>backup.amazonaws.com</c> <c>SNS:Publish</c>. A topic policy the stack
/// writes (<see cref="VaultNotifications.CreateTopicPolicy"/> on this vault or another vault of the stack notifying the
/// same topic: it covers them all) is a grant. Otherwise, when the topic is a topic of the app, a topic policy of the app
/// must allow it (BKP1210 when the app's policies prove it does not; BKP1260 when the app has no policy for the topic at
/// all: one may be set elsewhere); when it is an <see cref="ExternalTopic"/> declared not to allow it, BKP1213. NOTIF-011:
/// the topic's KMS key, when it is a key of the app (or the AWS managed key <c>alias/aws/sns</c>, whose policy cannot be
/// changed, or an <see cref="ExternalKey"/> declared not to allow it), lets the service principal call
/// <c>kms:GenerateDataKey</c> and <c>kms:Decrypt</c>. Nothing is reported when the facts are unknown.
/// </summary>
internal sealed class NotificationTopicLetsBackupPublish : IValidator<BackupVault>
{
    private const string Backup = "backup.amazonaws.com";
    private static readonly string[] KeyActions = ["kms:GenerateDataKey", "kms:Decrypt"];
    private static readonly string Property = PropertyPath.Of(nameof(BackupVaultProps.Notifications), nameof(VaultNotifications.TopicArn));

    public void Check(BackupVault vault, ValidationContext context)
    {
        if (vault.Props.Notifications is not { TopicArn: { } declared } notifications)
        {
            return;
        }

        string arn = declared;
        var facts = context.Facts.Resources;
        var topic = facts.Resolve(vault.Stack, arn, ResourceFacts.Topic);
        var generated = context.Facts.TopicPoliciesOf(vault.Stack).Any(p => p.TopicArn == arn);
        if (generated || declared.AllowsBackupToPublish == true)
        {
            // The stack writes the topic's policy (covering this vault), or the user declared that the policy allows it.
        }
        else if (declared.AllowsBackupToPublish == false)
        {
            context.Report(ResourceFactConstraints.DeclaredTopicPolicyRefusesBackup, vault, null, Property, Token.Describe(Token.WithEnvironment(arn, vault.Stack)));
        }
        else if (topic is not null)
        {
            var policies = facts.TopicPoliciesOf(topic);
            if (policies.Count == 0)
            {
                if (!facts.HasUnresolvedTopicPolicy(topic.Stack))
                {
                    context.Report(ResourceFactConstraints.TopicWithoutPolicy, vault, null, Property, Name(topic));
                }
            }
            else if (policies.All(p => PolicyFacts.Allows(FactValues.Document(FactValues.Get(p.Properties, CfnTopicPolicy.PolicyDocument)), PolicyFacts.Service(Backup), "SNS:Publish") == false))
            {
                context.Report(ResourceFactConstraints.TopicPolicyRefusesBackup, vault, null, Property, Name(topic), policies[^1].Id);
            }
        }

        if (topic is null)
        {
            if (declared.EncryptionKey is { AllowsBackupService: false } key)
            {
                context.Report(ResourceFactConstraints.TopicKeyRefusesBackup, vault, null, Property, Token.Describe(Token.WithEnvironment(arn, vault.Stack)),
                    $"the KMS key '{Token.Describe(Token.WithEnvironment(key.KeyArn, vault.Stack))}' (declared with AllowsBackupService = false)",
                    "kms:GenerateDataKey and kms:Decrypt", "Add a statement to the key policy that allows the service principal backup.amazonaws.com kms:GenerateDataKey* and kms:Decrypt, then declare AllowsBackupService = true");
            }

            return;
        }

        var name = Name(topic);
        var keyValue = FactValues.Get(topic.Properties, CfnTopic.KmsMasterKeyId);
        if (keyValue is null)
        {
            return;
        }

        if (FactValues.Text(keyValue) is { } keyText && ResourceFacts.AliasName(keyText) == "alias/aws/sns")
        {
            context.Report(ResourceFactConstraints.TopicKeyRefusesBackup, vault, null, Property, name, "the AWS managed key alias/aws/sns",
                "kms:GenerateDataKey and kms:Decrypt", "The policy of an AWS managed key cannot be changed: encrypt the topic with a customer managed key whose policy allows backup.amazonaws.com");
            return;
        }

        if (facts.KeyOf(topic.Stack, keyValue) is not { } appKey)
        {
            return;
        }

        var document = FactValues.Document(FactValues.Get(appKey.Properties, CfnKey.KeyPolicy));
        var missing = KeyActions.Where(a => PolicyFacts.Allows(document, PolicyFacts.Service(Backup), a) == false).ToList();
        if (missing.Count > 0)
        {
            context.Report(ResourceFactConstraints.TopicKeyRefusesBackup, vault, null, Property, name, $"the KMS key '{appKey.Id}' of this {(context.App.TemplateWording ? "template" : "app")}",
                string.Join(" and ", missing), "Add a statement to the key policy that allows the service principal backup.amazonaws.com kms:GenerateDataKey* and kms:Decrypt");
        }
    }

    private static string Name(RawResource topic) => FactValues.Text(FactValues.Get(topic.Properties, CfnTopic.TopicName)) ?? topic.Id;
}
