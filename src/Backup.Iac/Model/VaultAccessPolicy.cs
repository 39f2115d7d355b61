namespace Backup.Iac;

/// <summary>A vault access policy (<c>AccessPolicy</c>): typed statements, or a raw JSON document as an escape hatch.</summary>
public sealed record VaultAccessPolicy
{
    /// <summary>The typed statements (ignored when <see cref="Json"/> is set).</summary>
    public IReadOnlyList<PolicyStatement> Statements { get; init; } = [];

    /// <summary>A raw policy document, used as is.</summary>
    /// <value>Default: none; the policy is built from <see cref="Statements"/>.</value>
    public string? Json { get; init; }

    /// <summary>
    /// The statements that <see cref="BackupVault.Grant(PolicyPrincipal, IReadOnlyList{string})"/> added, written after
    /// <see cref="Statements"/> (or after the statements of <see cref="Json"/>); diagnostics name them <c>Grants[i]</c>.
    /// </summary>
    internal IReadOnlyList<PolicyStatement> Granted { get; init; } = [];

    /// <summary>
    /// A vault's policy with its grants: <paramref name="policy"/> (or none) followed by <paramref name="grants"/>;
    /// <paramref name="policy"/> itself when there is no grant.
    /// </summary>
    internal static VaultAccessPolicy? WithGrants(VaultAccessPolicy? policy, IReadOnlyList<PolicyStatement> grants) =>
        grants.Count == 0 ? policy : (policy ?? new VaultAccessPolicy()) with { Granted = grants };

    /// <summary>
    /// The statement of a grant (<c>vault.Grant(principal, actions)</c>, as the AWS CDK's <c>vault.grant</c>): allows the
    /// actions to the principal on the vault and its recovery points (<c>Resource: "*"</c> in the vault's own policy).
    /// </summary>
    internal static PolicyStatement Grant(PolicyPrincipal principal, IReadOnlyList<string> actions)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count == 0 || actions.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Name at least one action, each spelled out (for example backup:StartBackupJob).", nameof(actions));
        }

        return new PolicyStatement { Effect = PolicyEffect.Allow, Principals = [principal], Actions = [.. actions] };
    }

    /// <summary>A policy made of typed statements.</summary>
    /// <param name="statements">The statements.</param>
    /// <returns>The policy.</returns>
    public static VaultAccessPolicy Of(params IReadOnlyList<PolicyStatement> statements) => new() { Statements = statements };

    /// <summary>A policy from a raw JSON document (validated at synth time).</summary>
    /// <param name="json">The policy document.</param>
    /// <returns>The policy.</returns>
    public static VaultAccessPolicy FromJson(string json) => new() { Json = json };

    /// <summary>
    /// A statement that denies everyone the deletion of recovery points and changes to their lifecycle
    /// (<c>backup:DeleteRecoveryPoint</c>, <c>backup:UpdateRecoveryPointLifecycle</c>), as the guide's example "Deny
    /// access to delete recovery points in a backup vault" and the AWS CDK's <c>blockRecoveryPointDeletion</c>. The
    /// policy itself stays changeable (by principals with IAM permissions for it, and by later stack updates); to lock
    /// it too, add <see cref="DenyPolicyChanges"/>.
    /// </summary>
    /// <returns>The statement.</returns>
    public static PolicyStatement DenyRecoveryPointDeletion() => new()
    {
        Sid = "DenyRecoveryPointDeletion",
        Effect = PolicyEffect.Deny,
        Principals = [PolicyPrincipal.Anyone],
        Actions = ["backup:DeleteRecoveryPoint", "backup:UpdateRecoveryPointLifecycle"],
    };

    /// <summary>
    /// A statement that denies everyone the change or removal of this access policy
    /// (<c>backup:PutBackupVaultAccessPolicy</c>, <c>backup:DeleteBackupVaultAccessPolicy</c>), so that nobody can lift
    /// <see cref="DenyRecoveryPointDeletion"/> by rewriting the policy. Once deployed, the policy is locked for everyone,
    /// this stack's later updates included (a stack update that changes the policy fails); only deleting the vault ends
    /// it. Say so with <see cref="AccessPolicyLockAcknowledgement.PolicyCannotBeChangedOnceDeployed"/>, as a compliance
    /// vault lock is acknowledged; for a lock that AWS Backup enforces, see <see cref="VaultLock"/>.
    /// </summary>
    /// <param name="acknowledgement">Must be <see cref="AccessPolicyLockAcknowledgement.PolicyCannotBeChangedOnceDeployed"/> (otherwise BKP1191 at synth).</param>
    /// <returns>The statement.</returns>
    public static PolicyStatement DenyPolicyChanges(AccessPolicyLockAcknowledgement acknowledgement) => new()
    {
        Sid = "DenyAccessPolicyChanges",
        Effect = PolicyEffect.Deny,
        Principals = [PolicyPrincipal.Anyone],
        Actions = ["backup:PutBackupVaultAccessPolicy", "backup:DeleteBackupVaultAccessPolicy"],
        LockAcknowledgement = acknowledgement,
    };

    /// <summary>A statement that lets other accounts copy recovery points into this vault (for cross-account copies).</summary>
    /// <param name="accountIds">The source accounts.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentException">No account, or one that is not a 12-digit account ID (nor a deploy-time value): "*" would let anyone copy in.</exception>
    public static PolicyStatement AllowCopyIntoFromAccounts(params IReadOnlyList<string> accountIds) => new()
    {
        Sid = "AllowCopyIntoBackupVault",
        Effect = PolicyEffect.Allow,
        Principals = [.. CheckedAccounts(accountIds).Select(PolicyPrincipal.Account)],
        Actions = ["backup:CopyIntoBackupVault"],
    };

    private static IReadOnlyList<string> CheckedAccounts(IReadOnlyList<string> accountIds)
    {
        ArgumentNullException.ThrowIfNull(accountIds);
        if (accountIds.Count == 0)
        {
            throw new ArgumentException("Name at least one source account.", nameof(accountIds));
        }

        foreach (var id in accountIds)
        {
            if (id is null || !Token.IsUnresolved(id) && (id.Length != 12 || !id.All(char.IsAsciiDigit)))
            {
                throw new ArgumentException($"'{id}' is not a 12-digit AWS account ID. For every account of an organization use AllowCopyIntoFromOrganization.", nameof(accountIds));
            }
        }

        return accountIds;
    }

    private static string CheckedOrganization(string organizationId)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        if (!Token.IsUnresolved(organizationId) && !System.Text.RegularExpressions.Regex.IsMatch(organizationId, "^o-[a-z0-9]{10,32}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            throw new ArgumentException($"'{organizationId}' is not an organization ID (o- and 10 to 32 lowercase letters or digits); without it the statement would let any account copy in.", nameof(organizationId));
        }

        return organizationId;
    }

    /// <summary>A statement that lets every account of an organization copy recovery points into this vault.</summary>
    /// <param name="organizationId">The organization ID, <c>o-...</c>.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentException">The ID is not of the form <c>o-</c> and 10 to 32 lowercase letters or digits (nor a deploy-time value).</exception>
    public static PolicyStatement AllowCopyIntoFromOrganization(string organizationId) => new()
    {
        Sid = "AllowCopyIntoBackupVaultFromOrganization",
        Effect = PolicyEffect.Allow,
        Principals = [PolicyPrincipal.Anyone],
        Actions = ["backup:CopyIntoBackupVault"],
        Conditions = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>
        {
            ["StringEquals"] = new Dictionary<string, IReadOnlyList<string>> { ["aws:PrincipalOrgID"] = [CheckedOrganization(organizationId)] },
        },
    };
}
