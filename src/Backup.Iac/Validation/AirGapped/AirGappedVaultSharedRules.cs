using System.Globalization;
using Backup.Iac.Catalog;
using Backup.Iac.Validation.Vaults;

namespace Backup.Iac.Validation.AirGapped;

/// <summary>
/// LAG-015: the tags, access policy and notifications of a logically air-gapped vault follow the standard vault rules
/// VAULT-010, VPOL-001 to VPOL-003, VPOL-005 and NOTIF-001 to NOTIF-009, run by the same validators
/// (<see cref="VaultFacets"/>). A finding is reported under LAG-015 with the vault rule's message inside: BKP1415 for
/// the rules that are errors, BKP1465 for those that are warnings. VPOL-004 is not run: a logically air-gapped vault
/// keeps its recovery points in an account owned by AWS Backup, out of reach of the source services' own APIs.
/// </summary>
internal sealed class AirGappedVaultSharedRules : IValidator<LogicallyAirGappedBackupVault>
{
    private static readonly IReadOnlyList<IValidator<VaultFacets>> Shared =
    [
        new VaultTagsAreValid(),
        new VaultPolicyIsWellFormed(),
        new VaultPolicyActionsAreExplicit(),
        new VaultPolicyIsNotOpenToAnyone(),
        new VaultPolicyCrossAccountActions(),
        new VaultPolicyResourceFormats(),
        new NotificationTopicIsUsable(),
        new NotificationEventsAreValid(),
        new NotificationS3EventsHaveS3(),
    ];

    public void Check(LogicallyAirGappedBackupVault vault, ValidationContext context)
    {
        var props = vault.Props;
        if (props.Tags is null && vault.AccessPolicy is null && props.Notifications is null)
        {
            return;
        }

        var facets = new VaultFacets(
            vault, props.Tags, vault.AccessPolicy, props.Notifications,
            (ctx, constraint, property, args) => Report(ctx, vault, constraint, property, args),
            (ctx, withCopies) => AirGappedVaults.PlansInto(vault, ctx, withCopies));
        foreach (var validator in Shared)
        {
            validator.Check(facets, context);
        }
    }

    private static void Report(ValidationContext context, LogicallyAirGappedBackupVault vault, Constraint rule, string? property, object?[] args)
    {
        var inner = string.Format(CultureInfo.InvariantCulture, rule.Message, args);
        var shared = rule.Severity == Severity.Error ? AirGappedVaultConstraints.SharedVaultRule : AirGappedVaultConstraints.SharedVaultAdvice;
        context.Report(shared, vault, null, property, inner, rule.ConstraintId, rule.Title);
    }
}
