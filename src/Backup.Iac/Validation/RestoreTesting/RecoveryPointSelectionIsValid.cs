using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.RestoreTesting;

/// <summary>
/// RTP-008: the plan has a RecoveryPointSelection. RTP-009: its Algorithm is LATEST_WITHIN_WINDOW or RANDOM_WITHIN_WINDOW.
/// RTP-010: RecoveryPointTypes holds one or two distinct values from SNAPSHOT and CONTINUOUS.
/// </summary>
internal sealed class RecoveryPointSelectionIsValid : IValidator<RestoreTestingPlan>
{
    private static readonly string[] Algorithms = [RestoreTestingFacts.Latest, RestoreTestingFacts.Random];
    private static readonly string[] Types = [RestoreTestingFacts.Snapshot, RestoreTestingFacts.Continuous];

    public void Check(RestoreTestingPlan plan, ValidationContext context)
    {
        if (plan.Props.RecoveryPointSelection is not { } selection)
        {
            context.Report(RestoreTestingConstraints.RecoveryPointSelectionRequired, plan, null, nameof(RestoreTestingPlanProps.RecoveryPointSelection));
            return;
        }

        CheckAlgorithm(plan, selection.Algorithm, context);
        CheckTypes(plan, selection.RecoveryPointTypes, context);
    }

    private static void CheckAlgorithm(RestoreTestingPlan plan, string? algorithm, ValidationContext context)
    {
        var path = PropertyPath.Of(nameof(RestoreTestingPlanProps.RecoveryPointSelection), nameof(RestoreTestingRecoveryPointSelection.Algorithm));
        if (string.IsNullOrWhiteSpace(algorithm))
        {
            context.Report(RestoreTestingConstraints.Algorithm, plan, null, path, "not set", "Set it to LATEST_WITHIN_WINDOW to test the latest recovery point");
        }
        else if (!Token.IsUnresolved(algorithm) && !Algorithms.Contains(algorithm))
        {
            context.Report(RestoreTestingConstraints.Algorithm, plan, null, path, $"'{algorithm}'", Fix(algorithm, Algorithms, "LATEST_WITHIN_WINDOW"));
        }
    }

    private static void CheckTypes(RestoreTestingPlan plan, IReadOnlyList<string>? types, ValidationContext context)
    {
        var path = PropertyPath.Of(nameof(RestoreTestingPlanProps.RecoveryPointSelection), nameof(RestoreTestingRecoveryPointSelection.RecoveryPointTypes));
        if (types is null || types.Count == 0)
        {
            context.Report(RestoreTestingConstraints.RecoveryPointTypes, plan, null, path, "is empty", "Set it to [\"SNAPSHOT\"]");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < types.Count; i++)
        {
            var type = types[i];
            var property = path.Index(i);
            if (type is null || !RestoreTestingFacts.IsKnown(type))
            {
                if (type is null)
                {
                    context.Report(RestoreTestingConstraints.RecoveryPointTypes, plan, null, property, "has an empty entry", "Remove it");
                }

                continue;
            }

            if (!Types.Contains(type))
            {
                context.Report(RestoreTestingConstraints.RecoveryPointTypes, plan, null, property, $"has '{type}'", Fix(type, Types, "SNAPSHOT"));
            }
            else if (!seen.Add(type))
            {
                context.Report(RestoreTestingConstraints.RecoveryPointTypes, plan, null, property, $"lists '{type}' twice", "Remove the duplicate");
            }
        }
    }

    /// <summary>"Did you mean 'X'? Use X" for a near miss (same letters, or the value contained), else "Use DEFAULT".</summary>
    private static string Fix(string value, string[] allowed, string fallback)
    {
        var trimmed = value.Trim();
        var near = allowed.FirstOrDefault(a => string.Equals(a, trimmed, StringComparison.OrdinalIgnoreCase)
            || string.Equals(a.Split('_')[0], trimmed, StringComparison.OrdinalIgnoreCase));
        return near is null ? $"Use {string.Join(" or ", allowed)}, e.g. {fallback}" : $"Did you mean '{near}'? Use {near}";
    }
}
