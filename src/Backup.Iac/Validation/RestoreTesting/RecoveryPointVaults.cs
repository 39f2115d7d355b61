using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.RestoreTesting;

/// <summary>
/// RTP-011: IncludeVaults has at least one entry, each <c>*</c> or a backup vault ARN. RTP-012: <c>*</c> together with other
/// entries is redundant. RTP-013: ExcludeVaults entries are backup vault ARNs (and <c>*</c> there excludes everything).
/// RTP-015: at most 30 vault selectors in IncludeVaults and ExcludeVaults together (OQ-028).
/// </summary>
internal sealed class RecoveryPointVaults : IValidator<RestoreTestingPlan>
{
    private const int MaxSelectors = 30;

    public void Check(RestoreTestingPlan plan, ValidationContext context)
    {
        if (plan.Props.RecoveryPointSelection is not { } selection)
        {
            return;
        }

        var include = selection.IncludeVaults ?? [];
        var exclude = selection.ExcludeVaults ?? [];
        CheckInclude(plan, include, context);
        CheckExclude(plan, exclude, context);

        var count = include.Count + exclude.Count;
        if (count > MaxSelectors)
        {
            context.Report(RestoreTestingConstraints.TooManyVaultSelectors, plan, null, nameof(RestoreTestingPlanProps.RecoveryPointSelection), count, include.Count, exclude.Count);
        }
    }

    private static void CheckInclude(RestoreTestingPlan plan, IReadOnlyList<string> include, ValidationContext context)
    {
        if (include.Count == 0)
        {
            context.Report(RestoreTestingConstraints.IncludeVaults, plan, null, PropertyPath.Of(nameof(RestoreTestingPlanProps.RecoveryPointSelection), nameof(RestoreTestingRecoveryPointSelection.IncludeVaults)), "is empty",
                "Set it to [\"*\"] to test recovery points of every vault, or list the vault ARNs");
            return;
        }

        for (var i = 0; i < include.Count; i++)
        {
            if (VaultSelector.ShapeProblem(include[i]) is { } problem)
            {
                context.Report(RestoreTestingConstraints.IncludeVaults, plan, null, PropertyPath.Of(nameof(RestoreTestingPlanProps.RecoveryPointSelection), nameof(RestoreTestingRecoveryPointSelection.IncludeVaults)).Index(i),
                    $"has '{RestoreTestingFacts.Display(include[i] ?? "")}', which {problem}", Fix(include[i]));
            }
        }

        var others = include.Count(e => e != "*");
        if (others > 0 && include.Contains("*"))
        {
            context.Report(RestoreTestingConstraints.IncludeVaultsRedundant, plan, null, PropertyPath.Of(nameof(RestoreTestingPlanProps.RecoveryPointSelection), nameof(RestoreTestingRecoveryPointSelection.IncludeVaults)), others, others == 1 ? "y" : "ies");
        }
    }

    private static void CheckExclude(RestoreTestingPlan plan, IReadOnlyList<string> exclude, ValidationContext context)
    {
        for (var i = 0; i < exclude.Count; i++)
        {
            var property = PropertyPath.Of(nameof(RestoreTestingPlanProps.RecoveryPointSelection), nameof(RestoreTestingRecoveryPointSelection.ExcludeVaults)).Index(i);
            if (exclude[i] == "*")
            {
                context.Report(RestoreTestingConstraints.ExcludeVaults, plan, null, property, i, "*",
                    "excludes every vault, so no recovery point is ever eligible and the plan tests nothing",
                    "Remove it, and list only the vaults to leave out");
            }
            else if (VaultSelector.ShapeProblem(exclude[i]) is { } problem)
            {
                context.Report(RestoreTestingConstraints.ExcludeVaults, plan, null, property, i, RestoreTestingFacts.Display(exclude[i] ?? ""), problem, Fix(exclude[i]));
            }
        }
    }

    private static string Fix(string? entry) =>
        entry is not null && !entry.StartsWith("arn:", StringComparison.Ordinal) && entry.Trim().Length > 0 && !Token.IsUnresolved(entry)
            ? $"Write the vault's ARN, e.g. arn:aws:backup:REGION:ACCOUNT:backup-vault:{entry.Trim()}, or use a vault's VaultArn"
            : "Write arn:PARTITION:backup:REGION:ACCOUNT:backup-vault:NAME, using '*' for any part that may vary";
}
