using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.RestoreTesting;

/// <summary>
/// RTS-007: the selection has ProtectedResourceArns or ProtectedResourceConditions. RTS-008: ProtectedResourceArns is
/// exactly <c>["*"]</c> or 1 to 30 specific ARNs. RTS-009: conditions are not combined with specific ARNs (conditions
/// alone are accepted, OQ-027). RTS-019: each specific ARN is a resource of the selection's type (table 1.1).
/// </summary>
internal sealed class ProtectedResourceArnsAreValid : IValidator<RestoreTestingSelection>
{
    private const int MaxArns = 30;

    public void Check(RestoreTestingSelection selection, ValidationContext context)
    {
        var arns = selection.Options.ProtectedResourceArns ?? [];
        var hasConditions = ProtectedResourceConditionsAreValid.Count(selection.Options.ProtectedResourceConditions) > 0;
        if (arns.Count == 0)
        {
            if (!hasConditions)
            {
                context.Report(RestoreTestingConstraints.ArnsOrConditions, selection, null, nameof(RestoreTestingSelectionOptions.ProtectedResourceArns));
            }

            return;
        }

        var specific = arns.Count(a => a != "*");
        if (arns.Contains("*") && arns.Count > 1)
        {
            var what = specific == 0 ? $"lists '*' {arns.Count} times" : $"mixes '*' with {specific} specific ARN{(specific == 1 ? "" : "s")}";
            context.Report(RestoreTestingConstraints.ProtectedResourceArns, selection, null, nameof(RestoreTestingSelectionOptions.ProtectedResourceArns), what,
                specific == 0 ? "Keep a single '*'" : "Keep only '*' (and narrow it with ProtectedResourceConditions), or only the ARNs");
        }
        else if (specific > MaxArns)
        {
            context.Report(RestoreTestingConstraints.ProtectedResourceArns, selection, null, nameof(RestoreTestingSelectionOptions.ProtectedResourceArns), $"lists {specific} ARNs",
                "Use '*' with ProtectedResourceConditions to select by tag, or split the ARNs over several restore testing plans");
        }

        if (hasConditions && specific > 0)
        {
            context.Report(RestoreTestingConstraints.ConditionsWithArns, selection, null, nameof(RestoreTestingSelectionOptions.ProtectedResourceConditions), specific, specific == 1 ? "" : "s");
        }

        CheckTypes(selection, arns, context);
    }

    private static void CheckTypes(RestoreTestingSelection selection, IReadOnlyList<string> arns, ValidationContext context)
    {
        if (RestoreTestingFacts.TypeOf(selection) is not { } type)
        {
            return;
        }

        for (var i = 0; i < arns.Count; i++)
        {
            var arn = arns[i];
            if (arn is null || arn == "*" || Token.IsUnresolved(Arn.TryParse(arn)?.Service ?? arn))
            {
                continue;
            }

            var types = ResourceTypeFacts.TypesOfArn(arn);
            if (types.Contains(type))
            {
                continue;
            }

            var what = Arn.TryParse(arn) is null ? "is not an ARN"
                : types.Count == 0 ? "is not the ARN of a resource AWS Backup protects"
                : $"is the ARN of {Describe(types)}";
            context.Report(RestoreTestingConstraints.ArnMatchesType, selection, null, PropertyPath.Of(nameof(RestoreTestingSelectionOptions.ProtectedResourceArns)).Index(i), i, RestoreTestingFacts.Display(arn), what, type);
        }
    }

    private static string Describe(IReadOnlySet<string> types)
    {
        var list = types.Order(StringComparer.Ordinal).ToList();
        return "a resource of type " + (list.Count == 1 ? list[0] : string.Join(", ", list[..^1]) + " or " + list[^1]);
    }
}
