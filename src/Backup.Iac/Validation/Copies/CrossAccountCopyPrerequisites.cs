using System.Text.Json;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Copies;

/// <summary>
/// COPY-006: a cross-account copy needs an Organization, the management account's opt-in, the destination vault's
/// access policy and shared keys; none of these is in the plan. One warning per cross-account copy lists what the model
/// cannot show: the access-policy item is dropped when the destination vault is a construct of this app whose
/// <see cref="BackupVaultProps.AccessPolicy"/> allows <c>backup:CopyIntoBackupVault</c> from the stack's account.
/// </summary>
internal sealed class CrossAccountCopyPrerequisites : IValidator<CopySubject>
{
    private const string CopyInto = "backup:CopyIntoBackupVault";

    public void Check(CopySubject subject, ValidationContext context)
    {
        var destination = CopyDestination.Of(subject.Copy.Destination, context);
        if (!destination.IsCrossAccount(context) || context.Stack?.Account is not { } source)
        {
            return;
        }

        List<string> needs = ["both accounts are in the same AWS Organization", "cross-account backup is enabled in the Organization's management account"];
        if (destination.Vault?.Props.AccessPolicy is not { } policy || !AllowsCopyInto(policy, source))
        {
            needs.Add($"the destination vault's access policy allows {CopyInto} from this account");
        }

        needs.Add("the source's customer managed KMS keys are shared with the destination account and their key policies allow it");
        var list = string.Join(", ", needs[..^1]) + ", and " + needs[^1];
        context.Report(CopyConstraints.CrossAccountPrerequisites, subject.Rule.Plan, subject.SubPath, "Destination", destination.Account, source, list);
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
