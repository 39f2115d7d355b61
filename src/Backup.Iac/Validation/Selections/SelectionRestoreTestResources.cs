using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Selections;

/// <summary>
/// SEL-027: entries aimed at resources that restore testing creates (tag <c>awsbackup-restore-test</c>, or a name
/// starting with it), which backup plans ignore. Negative conditions on that tag only exclude them and are fine.
/// </summary>
internal sealed class SelectionRestoreTestResources : IValidator<BackupSelection>
{
    public void Check(BackupSelection selection, ValidationContext context)
    {
        foreach (var entry in SelectionFacts.Tags(selection))
        {
            if (IsMarker(entry.Tag.Key))
            {
                context.Report(SelectionConstraints.RestoreTestResources, selection, null, entry.Property.Then(nameof(TagCondition.Key)), $"The tag entry on '{entry.Tag.Key}'");
            }
        }

        foreach (var entry in SelectionFacts.Conditions(selection).Where(e => e.IsPositive && IsMarker(e.Condition.Key)))
        {
            context.Report(SelectionConstraints.RestoreTestResources, selection, null, entry.KeyProperty, $"The {entry.Operator} condition on '{entry.Condition.Key}'");
        }

        foreach (var (index, arn) in SelectionFacts.Arns(selection))
        {
            if (SelectionFacts.ArnParts(arn) is { Length: 6 } parts && SelectionFacts.IsKnown(parts[5]))
            {
                var name = parts[5][(parts[5].LastIndexOfAny(['/', ':']) + 1)..];
                if (name.StartsWith(SelectionFacts.RestoreTestMarker, StringComparison.Ordinal))
                {
                    context.Report(SelectionConstraints.RestoreTestResources, selection, null, PropertyPath.Of(nameof(BackupSelectionOptions.Resources)).Index(index), $"The ARN '{SelectionFacts.Display(arn)}'");
                }
            }
        }
    }

    private static bool IsMarker(string? key) => key is not null && SelectionFacts.TagKey(key) == SelectionFacts.RestoreTestMarker;
}
