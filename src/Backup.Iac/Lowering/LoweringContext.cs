using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;

namespace Backup.Iac.Lowering;

/// <summary>
/// What the lowering of one stack knows: the stack being lowered, passed down to every kind's lowering instead of
/// static state, so lowering a StackSet's member stack (with its own context) cannot disturb the enclosing one.
/// </summary>
internal sealed class LoweringContext
{
    /// <summary>Initializes a new instance of the <see cref="LoweringContext"/> class.</summary>
    /// <param name="stack">The stack being lowered.</param>
    public LoweringContext(BackupStack stack) => Stack = stack;

    /// <summary>The stack being lowered.</summary>
    public BackupStack Stack { get; }

    /// <summary>The topic policies the stack writes for its vaults' notifications (<see cref="NotificationTopicPolicies"/>), computed on first use.</summary>
    public IReadOnlyList<TopicPolicy> TopicPolicies => topicPolicies ??= NotificationTopicPolicies.Of(Stack);

    private IReadOnlyList<TopicPolicy>? topicPolicies;

    /// <summary>Lowers another stack (the member stack of a StackSet rollout) with its own context.</summary>
    /// <param name="stack">The stack.</param>
    /// <returns>Its graph.</returns>
#pragma warning disable CA1822 // an instance member: lowering a nested stack is something a context does
    public ResourceGraph LowerStack(BackupStack stack) => Lowerer.Lower(stack);
#pragma warning restore CA1822

    /// <summary>A vault's name: a <c>Ref</c> within the stack, the literal name across stacks (validated: same account and Region).</summary>
    /// <param name="vault">The vault, or null.</param>
    /// <returns>The value, or null.</returns>
    public Value? VaultName(IBackupVault? vault) => vault switch
    {
        null => null,
        Construct c when !ReferenceEquals(c.Stack, Stack) => Token.ToValue(vault.VaultName),
        BackupVault construct => new ReferenceValue(construct.LogicalId),
        LogicallyAirGappedBackupVault airGapped => new ReferenceValue(airGapped.LogicalId),
        _ => Token.ToValue(vault.VaultName),
    };

    /// <summary>A vault's ARN: <c>Fn::GetAtt</c> within the stack, built from the other stack's (validated, known) account and Region across stacks.</summary>
    /// <param name="vault">The vault.</param>
    /// <returns>The value.</returns>
    public Value VaultArn(IBackupVault vault) => vault switch
    {
        Construct c when !ReferenceEquals(c.Stack, Stack) =>
            new JoinValue(["arn:", new PseudoParameterValue(PseudoParameters.Partition), $":backup:{c.Stack.Region}:{c.Stack.Account}:backup-vault:", Token.ToValue(vault.VaultName)]),
        BackupVault construct => new AttributeValue(construct.LogicalId, CfnBackupVault.BackupVaultArn),
        LogicallyAirGappedBackupVault airGapped => new AttributeValue(airGapped.LogicalId, CfnLogicallyAirGappedBackupVault.BackupVaultArn),
        _ => Token.ToValue(vault.VaultArn),
    };
}
