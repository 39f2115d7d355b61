namespace Backup.Iac;

/// <summary>An inline policy of a generated role: typed statements, or a raw JSON document as an escape hatch.</summary>
public sealed record RolePolicy
{
    /// <summary>The policy's name: 1 to 128 letters, digits and <c>+=,.@_-</c>, unique in the role.</summary>
    public required string PolicyName { get; init; }

    /// <summary>The typed statements (ignored when <see cref="Json"/> is set).</summary>
    public IReadOnlyList<RolePolicyStatement> Statements { get; init; } = [];

    /// <summary>A raw IAM policy document, used as is.</summary>
    /// <value>Default: none; the document is built from <see cref="Statements"/>.</value>
    public string? Json { get; init; }

    /// <summary>An inline policy made of typed statements.</summary>
    /// <param name="policyName">The policy's name.</param>
    /// <param name="statements">The statements.</param>
    /// <returns>The policy.</returns>
    public static RolePolicy Of(string policyName, params IReadOnlyList<RolePolicyStatement> statements) => new() { PolicyName = policyName, Statements = statements };

    /// <summary>An inline policy from a raw JSON document (checked at synth time).</summary>
    /// <param name="policyName">The policy's name.</param>
    /// <param name="json">The policy document.</param>
    /// <returns>The policy.</returns>
    public static RolePolicy FromJson(string policyName, string json) => new() { PolicyName = policyName, Json = json };
}
