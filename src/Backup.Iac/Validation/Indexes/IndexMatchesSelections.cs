using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Indexes;

/// <summary>IDX-003: an index action is useless when the plan's selections cannot contain the type it indexes.</summary>
internal sealed class IndexMatchesSelections : IValidator<RuleSubject>
{
    public void Check(RuleSubject subject, ValidationContext context)
    {
        var actions = subject.Rule.IndexActions;
        if (actions.Count == 0)
        {
            return;
        }

        var selectable = context.Selectable(subject.Plan);
        if (!selectable.HasSelections)
        {
            return; // nothing selected yet: reported by the selection checks
        }

        for (var i = 0; i < actions.Count; i++)
        {
            var indexed = (actions[i].ResourceTypes ?? [])
                .Where(t => ResourceTypeStrings.IndexTypes.Contains(t))
                .Distinct(StringComparer.Ordinal).ToArray();
            if (indexed.Length == 0 || selectable.CanSelectAny(indexed))
            {
                continue; // no known indexable type, or one of them can be selected
            }

            var types = selectable.Types.Order(StringComparer.Ordinal).ToList();
            var can = types.Count == 0 ? "no supported resource type" : ResourceTypeStrings.Describe(types);
            context.Report(IndexConstraints.IndexWithoutIndexableSelection, subject.Plan, subject.SubPath, PropertyPath.Of(nameof(BackupPlanRule.IndexActions)).Index(i),
                i, ResourceTypeStrings.Describe(indexed), can);
        }
    }
}
