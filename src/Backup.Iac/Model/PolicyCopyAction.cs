namespace Backup.Iac;

/// <summary>A copy action of a backup policy rule, keyed by the destination vault ARN in <see cref="PolicyRule.CopyActions"/>.</summary>
public sealed record PolicyCopyAction
{
    /// <summary><c>target_backup_vault_arn</c> (<c>DestinationBackupVaultArn</c>): the destination vault; <c>$account</c> stands for the account the plan runs in.</summary>
    /// <value>Default: the key in lower case, which may not match the case-sensitive ARN; always set it.</value>
    public PolicyValue? TargetBackupVaultArn { get; init; }

    /// <summary>The lifecycle of the copies.</summary>
    /// <value>Default: copies are kept as long as the source rule's lifecycle says.</value>
    public PolicyLifecycle? Lifecycle { get; init; }

    /// <summary>The child control operator on this node.</summary>
    /// <value>Default: none.</value>
    public PolicyChildOperators? OperatorsAllowedForChildPolicies { get; init; }

    /// <summary>A copy to a vault ARN, with its lifecycle.</summary>
    /// <param name="vaultArn">The destination vault ARN (also the key of the copy action).</param>
    /// <param name="lifecycle">The copies' lifecycle.</param>
    /// <returns>The copy action.</returns>
    public static PolicyCopyAction To(string vaultArn, PolicyLifecycle? lifecycle = null) =>
        new() { TargetBackupVaultArn = PolicyValue.Assign(vaultArn), Lifecycle = lifecycle };
}
