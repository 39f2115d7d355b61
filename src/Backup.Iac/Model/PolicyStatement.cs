namespace Backup.Iac;

/// <summary>A statement of a vault access policy.</summary>
public sealed record PolicyStatement
{
    /// <summary>The statement ID.</summary>
    /// <value>Default: none.</value>
    public string? Sid { get; init; }

    /// <summary>Allow or deny.</summary>
    public required PolicyEffect Effect { get; init; }

    /// <summary>The principals. Vault policies need at least one.</summary>
    public required IReadOnlyList<PolicyPrincipal> Principals { get; init; }

    /// <summary>The actions, each spelled out (vault policies do not support wildcards in <c>Action</c>).</summary>
    public required IReadOnlyList<string> Actions { get; init; }

    /// <summary>The resources.</summary>
    /// <value>Default: <c>*</c> (the vault and its recovery points).</value>
    public IReadOnlyList<string> Resources { get; init; } = ["*"];

    /// <summary>Conditions: operator → condition key → values, e.g. <c>StringEquals</c> → <c>aws:PrincipalOrgID</c> → <c>o-abc</c>.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>? Conditions { get; init; }

    /// <summary>
    /// For a statement that denies everyone the change or removal of the policy itself (a policy lock, see
    /// <see cref="VaultAccessPolicy.DenyPolicyChanges"/>): the user's statement that the policy cannot be changed once
    /// deployed. Not part of the policy document.
    /// </summary>
    /// <value>Default: <see cref="AccessPolicyLockAcknowledgement.None"/> (a statement that locks the policy is refused, BKP1191).</value>
    public AccessPolicyLockAcknowledgement LockAcknowledgement { get; init; }
}
