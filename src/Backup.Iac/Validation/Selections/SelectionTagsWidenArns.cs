using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Selections;

/// <summary>BKP3030: ARN entries and tag entries in one selection are ORed, which widens the selection beyond the ARNs.</summary>
internal sealed class SelectionTagsWidenArns : IValidator<BackupSelection>
{
    public void Check(BackupSelection selection, ValidationContext context)
    {
        var resources = selection.Options.Resources;
        var arns = resources.Count(r => r.Arn is { } arn && arn != "*");
        var tags = resources.Where(r => r.Tag is not null).Select(r => r.Tag).OfType<TagCondition>().ToList();
        if (arns == 0 || tags.Count == 0)
        {
            return;
        }

        var first = tags[0];
        var shown = $"{SelectionFacts.Display(first.Key)}={SelectionFacts.Display(first.Value)}" + (tags.Count > 1 ? " or another of the tags" : "");
        var index = resources.ToList().FindIndex(r => r.Tag is not null);
        context.Report(SelectionConstraints.TagsWidenArns, selection, null, PropertyPath.Of(nameof(BackupSelectionOptions.Resources)).Index(index), arns, tags.Count, shown);
    }
}
