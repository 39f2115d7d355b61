using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Selections;

/// <summary>SEL-012: Conditions use only the four documented operators, spelled exactly (operators read from a template land in <see cref="SelectionConditions.Other"/>).</summary>
internal sealed class SelectionConditionOperators : IValidator<BackupSelection>
{
    public void Check(BackupSelection selection, ValidationContext context)
    {
        if (selection.Options.Conditions?.Other is not { } other)
        {
            return;
        }

        foreach (var op in other.Keys.Order(StringComparer.Ordinal))
        {
            if (SelectionFacts.Operators.Contains(op, StringComparer.Ordinal))
            {
                continue; // a documented operator, exactly spelled: nothing unsupported
            }

            var nearest = SelectionFacts.NearestOperator(op);
            var target = nearest is null ? "one of those operators" : $"{nearest}, the nearest supported operator";
            context.Report(SelectionConstraints.ConditionOperator, selection, null, PropertyPath.Of(nameof(BackupSelectionOptions.Conditions), nameof(SelectionConditions.Other)).Item(op), op, target);
        }
    }
}
