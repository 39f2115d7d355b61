using System.Collections.Immutable;
using System.Text.Json;
using Backup.Iac.Graph;
using Backup.Iac.Lowering;

namespace Backup.Iac.Validation.Vaults;

/// <summary>
/// A vault access policy read as a value tree (<see cref="PolicyDocuments.ToValue(VaultAccessPolicy, out string?)"/>), so that typed statements and
/// raw JSON are checked alike; with the property paths that diagnostics name in each form.
/// </summary>
internal sealed class PolicyView
{
    /// <summary>A marker for a part that is unknown at synth time (see <see cref="Token.IsUnresolved"/>).</summary>
    private const string Unknown = "${Token[?]}";

    private PolicyView(VaultAccessPolicy policy, MapValue? document, string? problem)
    {
        Policy = policy;
        Document = document;
        Problem = problem;
        Statements = PolicyDocuments.Statements(document);
    }

    public VaultAccessPolicy Policy { get; }

    /// <summary>The policy document, or null when it is not a JSON object.</summary>
    public MapValue? Document { get; }

    /// <summary>Why the document is not a usable policy (VPOL-001), or null.</summary>
    public string? Problem { get; }

    /// <summary>The statements (empty when the document is unusable).</summary>
    public ImmutableArray<MapValue> Statements { get; }

    /// <summary>Whether the policy is made of typed statements (not raw JSON).</summary>
    public bool IsTyped => Policy.Json is null;

    /// <summary>The position of the first statement added by a grant (<c>vault.Grant</c>); the grants are the last statements.</summary>
    private int FirstGrant => Statements.Length - Policy.Granted.Count;

    /// <summary>Whether the statement at a position was added by a grant (a typed statement whatever the policy's form).</summary>
    private bool IsGrant(int statement) => Policy.Granted.Count > 0 && statement >= FirstGrant;

    /// <summary>The property that holds the whole policy.</summary>
    public string PolicyProperty => IsTyped ? PropertyPath.Of(nameof(BackupVaultProps.AccessPolicy), nameof(VaultAccessPolicy.Statements)) : Json;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<VaultAccessPolicy, PolicyView> Views = [];

    /// <summary>The view of a policy, parsed once however many checks read it (policies are immutable records).</summary>
    public static PolicyView Of(VaultAccessPolicy policy) => Views.GetValue(policy, Read);

    /// <summary>Each string of a statement member (<c>Action</c>, <c>Resource</c>) that is known at synth time, with its statement and position.</summary>
    public IEnumerable<(int Statement, MapValue Map, int Index, string Text)> KnownStrings(string member)
    {
        for (var i = 0; i < Statements.Length; i++)
        {
            var values = Strings(Statements[i], member);
            for (var j = 0; j < values.Count; j++)
            {
                if (!Token.IsUnresolved(values[j]))
                {
                    yield return (i, Statements[i], j, values[j]);
                }
            }
        }
    }

    private static PolicyView Read(VaultAccessPolicy policy)
    {
        var value = PolicyDocuments.ToValue(policy, out var parseError);
        if (value is null)
        {
            return new PolicyView(policy, null, $"is not valid JSON ({parseError})");
        }

        if (value is StringValue { Text: var inner })
        {
            // The CloudFormation type is object-or-string: a string that holds the JSON document.
            try
            {
                using var document = JsonDocument.Parse(inner);
                value = PolicyDocuments.FromJson(document.RootElement);
            }
            catch (JsonException)
            {
                return new PolicyView(policy, null, "is a JSON string that does not hold a JSON object");
            }
        }

        if (value is not MapValue map)
        {
            return new PolicyView(policy, null, "is not a JSON object");
        }

        string? problem = !map.Entries.TryGetValue("Statement", out var statement) ? "has no Statement"
            : statement switch
            {
                ListValue { Items.Length: 0 } => policy.Json is null ? "has no statements" : "has an empty Statement list",
                ListValue or MapValue => null,
                _ => "has a Statement that is neither a list nor an object",
            };
        problem ??= statement is null ? null : StatementProblem(statement);
        return new PolicyView(policy, map, problem);
    }

    /// <summary>The first statement that IAM's grammar rejects: not an object, an Effect other than Allow or Deny, no Principal, no or an empty Action.</summary>
    private static string? StatementProblem(Value statement)
    {
        var items = statement is ListValue list ? list.Items : [statement];
        for (var i = 0; i < items.Length; i++)
        {
            var at = $"has a statement {i + 1} that";
            if (items[i] is not MapValue s)
            {
                return $"{at} is not an object";
            }

            if (!s.Entries.TryGetValue("Effect", out var effect) || effect is not StringValue { Text: "Allow" or "Deny" } && !IsDeployTime(effect))
            {
                return $"{at} has no Effect of Allow or Deny";
            }

            if (!s.Entries.ContainsKey("Principal") && !s.Entries.ContainsKey("NotPrincipal"))
            {
                return $"{at} names no Principal (a vault policy is a resource policy)";
            }

            var action = s.Entries.GetValueOrDefault("Action") ?? s.Entries.GetValueOrDefault("NotAction");
            if (action is null or ListValue { Items.Length: 0 } or StringValue { Text: "" } || action is not (StringValue or ListValue) && !IsDeployTime(action))
            {
                return $"{at} has no Action";
            }
        }

        return null;
    }

    private static bool IsDeployTime(Value value) => value is not (StringValue or NumberValue or BoolValue or ListValue or MapValue or NullValue) || value is StringValue { Text: var t } && Token.IsUnresolved(t);

    /// <summary>Whether the document states a <c>Version</c>.</summary>
    public bool HasVersion => Document is not null && Document.Entries.ContainsKey("Version");

    /// <summary>How messages name a statement: by its Sid, as a grant, or by its position.</summary>
    public string Label(int index, MapValue statement) =>
        statement.Entries.TryGetValue("Sid", out var sid) && sid is StringValue { Text: var text } && text.Length > 0
            ? $"The statement '{text}'"
            : IsGrant(index) ? $"Grant {index - FirstGrant + 1} of the vault"
            : $"Statement {index + 1} of AccessPolicy";

    /// <summary>The property of a statement's member: <c>AccessPolicy.Statements[0].Actions[1]</c>, <c>Grants[0].Actions[1]</c>, or the raw JSON.</summary>
    public string Property(int statement, string typedMember, int item) =>
        IsGrant(statement) ? Grant(statement).Then(typedMember).Index(item)
        : IsTyped ? Statement(statement).Then(typedMember).Index(item) : Json;

    /// <summary>The property of a statement's member that is not a list: <c>AccessPolicy.Statements[0].LockAcknowledgement</c>, or the raw JSON.</summary>
    public string Property(int statement, string typedMember) =>
        IsGrant(statement) ? Grant(statement).Then(typedMember) : IsTyped ? Statement(statement).Then(typedMember) : Json;

    /// <summary>The property of a whole statement.</summary>
    public string Property(int statement) => IsGrant(statement) ? Grant(statement) : IsTyped ? Statement(statement) : Json;

    /// <summary>The statements of grants are named <c>Grants[i]</c>: the i-th call of <c>vault.Grant</c>.</summary>
    private PropertyPath Grant(int statement) => PropertyPath.Of(nameof(BackupVault.Grants)).Index(statement - FirstGrant);

    private static PropertyPath Json => PropertyPath.Of(nameof(BackupVaultProps.AccessPolicy), nameof(VaultAccessPolicy.Json));

    private static PropertyPath Statement(int index) => PropertyPath.Of(nameof(BackupVaultProps.AccessPolicy), nameof(VaultAccessPolicy.Statements)).Index(index);

    /// <summary>The effect of a statement (<c>Allow</c>, <c>Deny</c>), or null when it is absent or unknown.</summary>
    public static string? Effect(MapValue statement) =>
        statement.Entries.TryGetValue("Effect", out var effect) && effect is StringValue { Text: var text } ? text : null;

    /// <summary>
    /// The strings of a member that holds a string or a list of strings, as text; parts unknown at synth time are
    /// token markers (check them with <see cref="Token.IsUnresolved"/>).
    /// </summary>
    public static IReadOnlyList<string> Strings(MapValue statement, string member) =>
        !statement.Entries.TryGetValue(member, out var value) ? []
        : value is ListValue list ? [.. list.Items.Select(Text)]
        : [Text(value)];

    /// <summary>The account IDs that the principals of a statement name (<c>AWS</c> principals whose account is known).</summary>
    public static IReadOnlyList<string> PrincipalAccounts(MapValue statement)
    {
        if (!statement.Entries.TryGetValue("Principal", out var principal) || principal is not MapValue map
            || !map.Entries.TryGetValue("AWS", out var aws))
        {
            return [];
        }

        IEnumerable<string> values = aws is ListValue list ? list.Items.Select(Text) : [Text(aws)];
        return [.. values.Select(AccountOf).OfType<string>().Distinct(StringComparer.Ordinal)];
    }

    private static string? AccountOf(string principal)
    {
        if (Patterns.AccountId().IsMatch(principal))
        {
            return principal;
        }

        var account = Arn.TryParse(principal)?.Account;
        return account is not null && Patterns.AccountId().IsMatch(account) ? account : null;
    }

    /// <summary>A value as text, with a token marker for every part unknown at synth time.</summary>
    public static string Text(Value value) => value switch
    {
        StringValue s => s.Text,
        JoinValue j => string.Concat(j.Parts.Select(Text)),
        _ => Unknown,
    };
}
