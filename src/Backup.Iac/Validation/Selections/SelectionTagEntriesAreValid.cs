using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Selections;

/// <summary>
/// SEL-010, SEL-011: each tag entry (ListOfTags) has the condition type STRINGEQUALS (a case variant is a warning,
/// OQ-012, and is written canonically), a key and a value (an empty value is a valid tag value).
/// </summary>
internal sealed class SelectionTagEntriesAreValid : IValidator<BackupSelection>
{
    private const string Canonical = "STRINGEQUALS";

    public void Check(BackupSelection selection, ValidationContext context)
    {
        foreach (var entry in SelectionFacts.Tags(selection))
        {
            var type = entry.Tag.ConditionType;
            if (!Token.IsUnresolved(type) && type != Canonical)
            {
                if (string.Equals(type, Canonical, StringComparison.OrdinalIgnoreCase))
                {
                    context.Report(SelectionConstraints.ConditionTypeCase, selection, null, entry.Property.Then(nameof(TagCondition.ConditionType)), type);
                }
                else
                {
                    context.Report(SelectionConstraints.ConditionType, selection, null, entry.Property.Then(nameof(TagCondition.ConditionType)), type ?? "");
                }
            }

            var noKey = string.IsNullOrEmpty(entry.Tag.Key);
            var noValue = entry.Tag.Value is null;
            if (noKey || noValue)
            {
                var missing = noKey && noValue ? "key and no value" : noKey ? "key" : "value";
                context.Report(SelectionConstraints.TagIncomplete, selection, null, entry.Property.Then(noKey ? nameof(TagCondition.Key) : nameof(TagCondition.Value)), missing);
            }
        }
    }
}
