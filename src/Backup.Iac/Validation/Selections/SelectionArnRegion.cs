using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Selections;

/// <summary>SEL-025: an ARN in Resources that names a Region other than the stack's (both known; a <c>*</c> Region is fine).</summary>
internal sealed class SelectionArnRegion : IValidator<BackupSelection>
{
    public void Check(BackupSelection selection, ValidationContext context)
    {
        if (context.Stack?.Environment.Region is not { } stackRegion)
        {
            return;
        }

        foreach (var (index, arn) in SelectionFacts.Arns(selection))
        {
            if (SelectionFacts.ArnParts(arn) is { Length: > 3 } parts && parts[3] is { Length: > 0 } region
                && SelectionFacts.IsKnown(region) && !region.Contains('*', StringComparison.Ordinal) && region != stackRegion)
            {
                context.Report(SelectionConstraints.ForeignRegion, selection, null, PropertyPath.Of(nameof(BackupSelectionOptions.Resources)).Index(index), SelectionFacts.Display(arn), region, stackRegion);
            }
        }
    }
}
