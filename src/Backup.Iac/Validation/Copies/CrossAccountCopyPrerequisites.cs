using System.Text.Json;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Copies;

/// <summary>
/// COPY-006: a cross-account copy needs an Organization, the management account's opt-in, the destination vault's
/// access policy and shared keys. One code per precondition, so that acknowledging one hides no other: the access
/// policy of a destination vault of this app is known, and one that does not allow <c>backup:CopyIntoBackupVault</c>
/// from the stack's account makes every copy job fail (error BKP2306); the other preconditions are outside the app
/// (infos: BKP2356 the policy of a vault elsewhere, BKP2357 the Organization, BKP2358 the management account's opt-in,
/// when the app has no global settings (else XR-012 judges them), BKP2359 the source keys).
/// </summary>
internal sealed class CrossAccountCopyPrerequisites : IValidator<CopySubject>
{
    private const string CopyInto = "backup:CopyIntoBackupVault";

    public void Check(CopySubject subject, ValidationContext context)
    {
        var destination = CopyDestination.Of(subject.Copy.Destination, context);
        if (!destination.IsCrossAccount(context) || context.Stack?.Environment.Account is not { } source)
        {
            return;
        }

        var plan = subject.Rule.Plan;
        context.Report(CopyConstraints.CrossAccountSameOrganization, plan, subject.SubPath, nameof(CopyAction.Destination), destination.Account, source);
        if (!context.Facts.All<GlobalSettings>().Any())
        {
            context.Report(CopyConstraints.CrossAccountBackupEnabled, plan, subject.SubPath, nameof(CopyAction.Destination), destination.Account, source);
        }

        if (destination.Vault is not { } vault)
        {
            context.Report(CopyConstraints.CrossAccountOutsideVaultPolicy, plan, subject.SubPath, nameof(CopyAction.Destination), destination.Account, source);
        }
        else if (vault.AccessPolicy is not { } policy)
        {
            context.Report(CopyConstraints.CrossAccountPrerequisites, plan, subject.SubPath, nameof(CopyAction.Destination), CopyDestination.Describe(vault), destination.Account, "is not set, so does not allow", source);
        }
        else if (!IsDeployTime(policy) && !AllowsCopyInto(policy, source))
        {
            context.Report(CopyConstraints.CrossAccountPrerequisites, plan, subject.SubPath, nameof(CopyAction.Destination), CopyDestination.Describe(vault), destination.Account, "does not allow", source);
        }

        context.Report(CopyConstraints.CrossAccountSourceKeysShared, plan, subject.SubPath, nameof(CopyAction.Destination), destination.Account, source);
    }

    /// <summary>
    /// Whether a policy holds a value known only at deploy time other than the partition (then whom it allows is not
    /// judged): a principal from a parameter may well be the stack's account.
    /// </summary>
    private static bool IsDeployTime(VaultAccessPolicy policy)
    {
        static bool Unresolved(string text) => Token.IsUnresolved(text.Replace(Aws.Partition, "aws", StringComparison.Ordinal));
        return policy.Json is { } json ? Unresolved(json) : policy.Statements.Any(s => s.Principals.Any(p => Unresolved(p.Value)) || s.Actions.Any(Unresolved));
    }

    /// <summary>Whether an Allow statement grants <c>backup:CopyIntoBackupVault</c> to everyone (e.g. with an Organization condition) or to the account.</summary>
    internal static bool AllowsCopyInto(VaultAccessPolicy policy, string account)
    {
        if (policy.Json is { } json)
        {
            return JsonAllowsCopyInto(json, account);
        }

        return policy.Statements.Any(s => s.Effect == PolicyEffect.Allow
            && s.Actions.Any(a => string.Equals(a, CopyInto, StringComparison.OrdinalIgnoreCase))
            && s.Principals.Any(p => p.Kind == "*" || p.Value == "*" || p.Value.Contains(account, StringComparison.Ordinal)));
    }

    private static bool JsonAllowsCopyInto(string json, string account)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("Statement", out var statements))
            {
                return false;
            }

            var list = statements.ValueKind == JsonValueKind.Array ? statements.EnumerateArray().ToList() : [statements];
            return list.Any(s => s.ValueKind == JsonValueKind.Object
                && s.TryGetProperty("Effect", out var effect) && effect.ValueKind == JsonValueKind.String && effect.GetString() == "Allow"
                && s.TryGetProperty("Action", out var action) && Strings(action).Any(a => string.Equals(a, CopyInto, StringComparison.OrdinalIgnoreCase))
                && s.TryGetProperty("Principal", out var principal) && Principals(principal).Any(p => p == "*" || p.Contains(account, StringComparison.Ordinal)));
        }
        catch (JsonException)
        {
            return false; // an unreadable policy is reported by the vault policy checks
        }
    }

    private static IEnumerable<string> Principals(JsonElement principal) => principal.ValueKind == JsonValueKind.Object
        ? principal.EnumerateObject().SelectMany(p => Strings(p.Value))
        : Strings(principal);

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString() ?? ""],
        JsonValueKind.Array => element.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString() ?? ""),
        _ => [],
    };
}
