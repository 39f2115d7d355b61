using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Selections;

/// <summary>
/// SEL-005: the default service role holds only the general backup and restore policies (DG L17641-17643), so it
/// cannot back up S3 (DG L6011-6015). Only explicit S3 entries are flagged: a <c>*</c> or tag selection may never
/// meet a bucket, and a custom role's policies are not visible to the model.
/// </summary>
internal sealed class SelectionDefaultRoleCoversS3 : IValidator<BackupSelection>
{
    private const string DefaultRoleName = "AWSBackupDefaultServiceRole";

    public void Check(BackupSelection selection, ValidationContext context)
    {
        if (selection.Options.Role is not { RoleArn: { } roleArn } || SelectionFacts.ArnParts(roleArn) is not { Length: 6 } parts)
        {
            return;
        }

        var resource = parts[5];
        if (!SelectionFacts.IsKnown(resource) || resource[(resource.LastIndexOf('/') + 1)..] != DefaultRoleName)
        {
            return;
        }

        foreach (var (index, arn) in SelectionFacts.Arns(selection))
        {
            if (SelectionFacts.ArnParts(arn) is { Length: > 2 } p && p[2] == "s3")
            {
                context.Report(SelectionConstraints.DefaultRoleWithoutS3, selection, null, nameof(BackupSelectionOptions.Role), index, SelectionFacts.Display(arn));
                return;
            }
        }
    }
}
