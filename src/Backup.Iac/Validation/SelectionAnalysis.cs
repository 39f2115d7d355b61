
namespace Backup.Iac.Validation;

/// <summary>
/// The resource types the selections of a plan can match: from the ARN namespaces of explicit entries, or every
/// type for <c>*</c>, tags and conditions (AWS then matches any opted-in type). Cross-resource checks use this to
/// decide whether a feature can apply at all.
/// </summary>
internal sealed record SelectionAnalysis(IReadOnlySet<string> Types, bool HasSelections, bool IsOpenEnded)
{
    /// <summary>Whether the plan can select a resource of <paramref name="type"/>.</summary>
    public bool CanSelect(string type) => Types.Contains(type);

    /// <summary>Whether the plan can select any of the types.</summary>
    public bool CanSelectAny(params string[] types) => types.Any(Types.Contains);

    /// <summary>Whether every type the plan can select satisfies <paramref name="predicate"/> (false when there is no selection).</summary>
    public bool NoneCan(Func<ResourceTypeFeatures, bool> predicate) =>
        HasSelections && Types.All(t => !ResourceTypeFacts.Features.TryGetValue(t, out var f) || !predicate(f));

    public static SelectionAnalysis Of(BackupPlan plan)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        var openEnded = false;
        var selections = plan.Selections;
        foreach (var selection in selections)
        {
            var options = selection.Options;
            var byTag = options.Resources.Any(r => r.Tag is not null);
            var arns = options.Resources.Select(r => r.Arn).OfType<string>().ToList();
            if (byTag || arns.Count == 0)
            {
                // Tags are ORed with the ARNs, and no Resources at all means every opted-in type (Conditions only narrow).
                openEnded = true;
                types.UnionWith(ResourceTypeFacts.All);
            }

            foreach (var arn in arns)
            {
                openEnded |= arn == "*";
                types.UnionWith(ResourceTypeFacts.TypesOfArn(arn));
            }
        }

        return new SelectionAnalysis(types, selections.Count > 0, openEnded);
    }
}
