using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Selections;

/// <summary>
/// SEL-015: tag keys, or values of one tag, that differ only by case across ListOfTags and Conditions. Pairs that
/// are a common way to accept both spellings are left alone: two tag entries (ORed), or two negative conditions
/// (StringNotEquals, StringNotLike) that exclude both spellings.
/// </summary>
internal sealed class SelectionCaseTypos : IValidator<BackupSelection>
{
    private enum Group { AnyOf, AllOf, NoneOf }

    public void Check(BackupSelection selection, ValidationContext context)
    {
        var items = new List<Item>();
        foreach (var t in SelectionFacts.Tags(selection))
        {
            items.Add(new Item(Group.AnyOf, t.Tag.Key, t.Tag.Value, t.Property + ".Key", t.Property + ".Value"));
        }

        foreach (var c in SelectionFacts.Conditions(selection))
        {
            items.Add(new Item(c.IsPositive ? Group.AllOf : Group.NoneOf, c.Condition.Key, c.Condition.Value, c.KeyProperty, c.ValueProperty));
        }

        items.RemoveAll(i => !SelectionFacts.IsKnown(i.Key) || i.Key.Length == 0);
        var reported = new HashSet<(string, string)>();
        for (var j = 1; j < items.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                var (a, b) = (items[i], items[j]);
                if (a.Group == b.Group && a.Group != Group.AllOf)
                {
                    continue;
                }

                var (keyA, keyB) = (SelectionFacts.TagKey(a.Key), SelectionFacts.TagKey(b.Key));
                if (keyA != keyB && string.Equals(keyA, keyB, StringComparison.OrdinalIgnoreCase))
                {
                    if (reported.Add(Pair(keyA, keyB)))
                    {
                        context.Report(SelectionConstraints.CaseTypo, selection, null, b.KeyProperty, $"The tag keys '{keyA}' and '{keyB}'", "tags");
                    }
                }
                else if (keyA == keyB && SelectionFacts.IsKnown(a.Value) && SelectionFacts.IsKnown(b.Value) && a.Value != b.Value
                    && string.Equals(a.Value, b.Value, StringComparison.OrdinalIgnoreCase) && reported.Add(Pair(keyA + "=" + a.Value, keyA + "=" + b.Value)))
                {
                    context.Report(SelectionConstraints.CaseTypo, selection, null, b.ValueProperty, $"The values '{a.Value}' and '{b.Value}' of tag '{keyA}'", "values");
                }
            }
        }
    }

    private static (string, string) Pair(string x, string y) => string.CompareOrdinal(x, y) < 0 ? (x, y) : (y, x);

    private sealed record Item(Group Group, string Key, string? Value, string KeyProperty, string ValueProperty);
}
