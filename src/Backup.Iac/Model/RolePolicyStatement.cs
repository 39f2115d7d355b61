namespace Backup.Iac;

/// <summary>A statement of an identity policy (an inline policy of a generated role): no principal, the role is it.</summary>
public sealed record RolePolicyStatement
{
    /// <summary>The statement ID.</summary>
    /// <value>Default: none.</value>
    public string? Sid { get; init; }

    /// <summary>Allow or deny.</summary>
    /// <value>Default: <see cref="PolicyEffect.Allow"/>.</value>
    public PolicyEffect Effect { get; init; } = PolicyEffect.Allow;

    /// <summary>The actions, e.g. <c>kms:Decrypt</c>.</summary>
    public required IReadOnlyList<string> Actions { get; init; }

    /// <summary>The resources (ARNs, which may hold deploy-time values such as a key's ARN).</summary>
    public required IReadOnlyList<string> Resources { get; init; }

    /// <summary>Conditions: operator → condition key → values, e.g. <c>StringEquals</c> → <c>kms:ViaService</c> → <c>dynamodb.eu-west-1.amazonaws.com</c>.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>? Conditions { get; init; }
}
