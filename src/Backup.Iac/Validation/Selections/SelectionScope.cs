using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Selections;

/// <summary>
/// SEL-019, SEL-020: what a selection includes. No Resources and no Conditions is an error here (BKP3069): AWS would
/// select every opted-in resource, and in this API that is almost always a forgotten list. An explicit <c>*</c>
/// without Conditions is the catalog's warning; so is NotResources with nothing named to include.
/// </summary>
internal sealed class SelectionScope : IValidator<BackupSelection>
{
    public void Check(BackupSelection selection, ValidationContext context)
    {
        var options = selection.Options;
        var included = options.Resources.Count(r => r is not null);
        var noConditions = options.Conditions is null || options.Conditions.IsEmpty;
        var excluded = options.NotResources.Count;
        if (included == 0 && noConditions)
        {
            context.Report(SelectionConstraints.EmptySelection, selection, null, nameof(BackupSelectionOptions.Resources), excluded > 0 ? " (NotResources only excludes)" : "");
            return;
        }

        if (noConditions && SelectionFacts.Arns(selection).FirstOrDefault(a => a.Arn == "*") is { Arn: not null } all)
        {
            context.Report(SelectionConstraints.SelectsEverything, selection, null, PropertyPath.Of(nameof(BackupSelectionOptions.Resources)).Index(all.Index));
        }

        if (included == 0 && excluded > 0)
        {
            context.Report(SelectionConstraints.ExclusionWithoutInclusion, selection, null, nameof(BackupSelectionOptions.NotResources), excluded);
        }
    }
}
