using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Vaults;

/// <summary>
/// VPOL-004: a <c>Deny</c> in the vault policy does not cover the recovery points of types without full AWS Backup
/// management (their snapshots are reachable through their own service's APIs). Warned when a plan of the app backs
/// up or copies into the vault and names such a type by ARN in a selection (tags and <c>*</c> are not judged).
/// </summary>
internal sealed class VaultPolicyDenyCoverage : IValidator<BackupVault>
{
    public void Check(BackupVault vault, ValidationContext context)
    {
        if (vault.AccessPolicy is not { } policy)
        {
            return;
        }

        var view = PolicyView.Of(policy);
        var deny = view.Statements.Select((s, i) => (Statement: s, Index: i))
            .FirstOrDefault(p => string.Equals(PolicyView.Effect(p.Statement), "Deny", StringComparison.Ordinal));
        if (deny.Statement is null)
        {
            return;
        }

        // Only types named by explicit ARNs count: tags and '*' may or may not pick such resources.
        var exposed = VaultUsage.PlansInto(vault, context, withCopies: true)
            .SelectMany(p => p.Selections)
            .SelectMany(s => s.Options.Resources)
            .Select(r => r.Arn).OfType<string>()
            .Select(ResourceTypeFacts.TypesOfArn)
            .Where(types => types.Count < ResourceTypeFacts.Features.Count)
            .SelectMany(types => types)
            .Where(t => ResourceTypeFacts.Features.TryGetValue(t, out var f) && !f.FullManagement)
            .ToHashSet(StringComparer.Ordinal);
        if (exposed.Count > 0)
        {
            context.Report(VaultConstraints.PolicyDenyScope, vault, null, view.Property(deny.Index),
                view.Label(deny.Index, deny.Statement), VaultUsage.TypeList(exposed));
        }
    }
}
