using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Selections;

/// <summary>
/// SEL-024: a selection that names FSx resources and also selects by tag: for FSx for ONTAP, the tags must be on the
/// volumes. Tag-only selections, which could meet FSx too, are not flagged: that would be every tag selection.
/// </summary>
internal sealed class SelectionFsxOntapTags : IValidator<BackupSelection>
{
    public void Check(BackupSelection selection, ValidationContext context)
    {
        if (!SelectionFacts.Tags(selection).Any() && !SelectionFacts.HasConditions(selection))
        {
            return;
        }

        foreach (var (index, arn) in SelectionFacts.Arns(selection))
        {
            if (SelectionFacts.ArnParts(arn) is { Length: > 2 } parts && parts[2] == "fsx")
            {
                context.Report(SelectionConstraints.FsxOntapTags, selection, null, PropertyPath.Of(nameof(BackupSelectionOptions.Resources)).Index(index), SelectionFacts.Display(arn));
                return;
            }
        }
    }
}
