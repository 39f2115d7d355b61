using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Selections;

/// <summary>
/// SEL-018: Conditions are ANDed, so some pairs on one key can never hold together: StringEquals k=v with
/// StringNotEquals k=v; two StringEquals k with different values; StringEquals k=a with StringLike k=p that a does not
/// match (or StringNotLike k=p that a matches); StringLike and StringNotLike with the same pattern. [DERIVED]
/// </summary>
internal sealed class SelectionContradictions : IValidator<BackupSelection>
{
    public void Check(BackupSelection selection, ValidationContext context)
    {
        var entries = SelectionFacts.Conditions(selection)
            .Where(e => SelectionFacts.IsKnown(e.Condition.Key) && e.Condition.Key.Length > 0 && SelectionFacts.IsKnown(e.Condition.Value))
            .ToList();
        for (var j = 1; j < entries.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                var (a, b) = (entries[i], entries[j]);
                if (a.Condition.Key == b.Condition.Key && Contradict(a, b))
                {
                    context.Report(SelectionConstraints.Contradiction, selection, null, b.ValueProperty, Describe(a), Describe(b));
                }
            }
        }
    }

    private static bool Contradict(ConditionEntry a, ConditionEntry b)
    {
        // Entries come in the documented operator order: StringEquals, StringLike, StringNotEquals, StringNotLike.
        var (x, y) = (a.Condition.Value, b.Condition.Value);
        return (a.Operator, b.Operator) switch
        {
            (SelectionFacts.StringEquals, SelectionFacts.StringEquals) => x != y,
            (SelectionFacts.StringEquals, SelectionFacts.StringNotEquals) => x == y,
            (SelectionFacts.StringEquals, SelectionFacts.StringLike) => SelectionFacts.Like(x, y) == false,
            (SelectionFacts.StringEquals, SelectionFacts.StringNotLike) => SelectionFacts.Like(x, y) == true,
            (SelectionFacts.StringLike, SelectionFacts.StringNotLike) => x == y,
            _ => false,
        };
    }

    private static string Describe(ConditionEntry e) => $"{e.Operator} {e.Condition.Key} = '{e.Condition.Value}'";
}
