using Backup.Iac.Catalog;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Lowering;

namespace Backup.Iac.Validation.Facts;

/// <summary>
/// NOTIF-010 (BKP1212): a topic policy that a vault's <see cref="VaultNotifications.CreateTopicPolicy"/> writes is the
/// topic's only policy in the app. An <c>AWS::SNS::TopicPolicy</c> replaces the topic's whole policy, so another one for
/// the same topic (a raw topic policy of the app, or the policy another stack writes for the same literal topic ARN)
/// makes the last one written win. Reported at the vault that owns the generated policy; a topic known only at deploy
/// time is compared only with policies that name the same resource. Bound: O(topic policies of the app) per owner.
/// </summary>
internal sealed class OneTopicPolicyPerTopic : IValidator<BackupVault>, IValidator<LogicallyAirGappedBackupVault>
{
    private static readonly string Property = PropertyPath.Of(nameof(BackupVaultProps.Notifications), nameof(VaultNotifications.CreateTopicPolicy));

    public void Check(BackupVault subject, ValidationContext context) => Check((Construct)subject, context);

    public void Check(LogicallyAirGappedBackupVault subject, ValidationContext context) => Check((Construct)subject, context);

    private static void Check(Construct vault, ValidationContext context)
    {
        if (NotificationTopicPolicies.Notifications(vault) is not { CreateTopicPolicy: true }
            || context.Facts.TopicPoliciesOf(vault.Stack).FirstOrDefault(p => ReferenceEquals(p.Owner, vault)) is not { } own)
        {
            return;
        }

        var facts = context.Facts.Resources;
        var shape = Known(Token.ToValue(own.TopicArn), vault.Stack);
        var topic = facts.Resolve(vault.Stack, own.TopicArn, ResourceFacts.Topic);
        var name = Token.Describe(Token.WithEnvironment(own.TopicArn, vault.Stack));
        foreach (var policy in facts.OfType(ResourceFacts.TopicPolicy))
        {
            var same = FactValues.Items(FactValues.Get(policy.Properties, CfnTopicPolicy.Topics)).Any(item =>
                topic is not null && facts.Resolve(policy.Stack, item, ResourceFacts.Topic) == topic
                || shape is not null && Known(item, policy.Stack) == shape);
            if (same)
            {
                context.Report(ResourceFactConstraints.TopicPolicyConflict, vault, null, Property, name, $"the topic policy '{policy.Path}' of this app");
            }
        }

        if (shape is null)
        {
            return;
        }

        foreach (var stack in context.Facts.All<BackupStack>())
        {
            if (ReferenceEquals(stack, vault.Stack))
            {
                continue;
            }

            foreach (var other in context.Facts.TopicPoliciesOf(stack))
            {
                if (Known(Token.ToValue(other.TopicArn), stack) == shape)
                {
                    context.Report(ResourceFactConstraints.TopicPolicyConflict, vault, null, Property, name, $"the topic policy that '{other.Owner.Path}' creates in the stack '{stack.StackName}'");
                }
            }
        }
    }

    /// <summary>A topic ARN's text when it is known through and through (the stack's account and Region filled in), else null.</summary>
    private static string? Known(Value? value, BackupStack stack) =>
        FactValues.Shape(value, stack) is { } text && !text.Contains(FactValues.Unknown, StringComparison.Ordinal) && text.StartsWith("arn:", StringComparison.Ordinal) ? text : null;
}
