using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Vaults;

/// <summary>
/// The parts that standard and logically air-gapped vaults share (tags, access policy, notifications), so that the
/// VAULT-010, VPOL and NOTIF checks run on both kinds. A standard vault reports under each check's own code; a
/// logically air-gapped vault reports through the reporter it is built with (LAG-015).
/// </summary>
internal sealed class VaultFacets
{
    private readonly Reporter reporter;
    private readonly Func<ValidationContext, bool, IReadOnlyList<BackupPlan>> plansInto;

    public VaultFacets(
        Construct vault,
        IReadOnlyDictionary<string, string>? tags,
        VaultAccessPolicy? accessPolicy,
        VaultNotifications? notifications,
        Reporter reporter,
        Func<ValidationContext, bool, IReadOnlyList<BackupPlan>> plansInto)
    {
        Vault = vault;
        Tags = tags;
        AccessPolicy = accessPolicy;
        Notifications = notifications;
        this.reporter = reporter;
        this.plansInto = plansInto;
    }

    /// <summary>Reports a finding of a shared check at the vault.</summary>
    public delegate void Reporter(ValidationContext context, Constraint constraint, string? property, object?[] args);

    /// <summary>The vault construct (diagnostics are reported at it).</summary>
    public Construct Vault { get; }

    /// <summary>The vault's stack: its account and Region.</summary>
    public BackupStack Stack => Vault.Stack;

    public IReadOnlyDictionary<string, string>? Tags { get; }

    public VaultAccessPolicy? AccessPolicy { get; }

    public VaultNotifications? Notifications { get; }

    /// <summary>A standard vault's facets, reported under the checks' own codes.</summary>
    public static VaultFacets Of(BackupVault vault) => new(
        vault, vault.Props.Tags, vault.AccessPolicy, vault.Props.Notifications,
        (context, constraint, property, args) => context.Report(constraint, vault, null, property, args),
        (context, withCopies) => VaultUsage.PlansInto(vault, context, withCopies));

    public void Report(ValidationContext context, Constraint constraint, string? property, params object?[] args) =>
        reporter(context, constraint, property, args);

    /// <summary>The plans of the app that back up (or, when <paramref name="withCopies"/>, also copy) into the vault.</summary>
    public IReadOnlyList<BackupPlan> PlansInto(ValidationContext context, bool withCopies) => plansInto(context, withCopies);
}
