using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.RestoreTesting;

/// <summary>
/// RTS-005: a given role has an IAM role ARN (shape as SEL-004; a generated role, Role unset, always has one).
/// RTS-006: a given role's trust policy and permissions are not visible at synth time, so an Info says what the role
/// needs; a generated role gets AWSBackupServiceRolePolicyForRestores (and the S3 restore policy for S3).
/// </summary>
internal sealed class RestoreRoleIsValid : IValidator<RestoreTestingSelection>
{
    public void Check(RestoreTestingSelection selection, ValidationContext context)
    {
        if (selection.Options.Role is not { } role)
        {
            return;
        }

        var arn = role.RoleArn;
        if (string.IsNullOrWhiteSpace(arn))
        {
            context.Report(RestoreTestingConstraints.Role, selection, null, nameof(RestoreTestingSelectionOptions.Role), "has no ARN");
            return;
        }

        if (Problem(arn) is { } problem)
        {
            context.Report(RestoreTestingConstraints.Role, selection, null, nameof(RestoreTestingSelectionOptions.Role), $"is '{RestoreTestingFacts.Display(arn)}', but {problem}");
            return;
        }

        var s3 = RestoreTestingFacts.TypeOf(selection) == ResourceTypeFacts.S3 ? " and AWSBackupServiceRolePolicyForS3Restore" : "";
        context.Report(RestoreTestingConstraints.RolePermissions, selection, null, nameof(RestoreTestingSelectionOptions.Role), RestoreTestingFacts.Display(arn), s3);
    }

    private static string? Problem(string arn)
    {
        if (!arn.StartsWith("arn:", StringComparison.Ordinal))
        {
            return Token.IsUnresolved(arn) ? null : "it is not an ARN";
        }

        var parts = arn.Split(':', 6);
        if (parts.Length < 6)
        {
            return "it has fewer than six ':'-separated parts";
        }

        var (partition, service, region, account, resource) = (parts[1], parts[2], parts[3], parts[4], parts[5]);
        if (RestoreTestingFacts.IsKnown(partition) && !Patterns.Partition().IsMatch(partition))
        {
            return $"'{partition}' is not an AWS partition";
        }

        if (RestoreTestingFacts.IsKnown(service) && service != "iam")
        {
            return $"the service is '{service}', not 'iam'";
        }

        if (RestoreTestingFacts.IsKnown(region) && region.Length > 0)
        {
            return $"IAM ARNs have no Region, but it names '{region}'";
        }

        if (RestoreTestingFacts.IsKnown(account) && !Patterns.AccountId().IsMatch(account))
        {
            return $"the account '{account}' is not 12 digits";
        }

        if (RestoreTestingFacts.IsKnown(resource) && (!resource.StartsWith("role/", StringComparison.Ordinal) || resource.Length == 5 || resource.Any(char.IsWhiteSpace)))
        {
            return $"the resource '{resource}' is not role/NAME";
        }

        return null;
    }
}
