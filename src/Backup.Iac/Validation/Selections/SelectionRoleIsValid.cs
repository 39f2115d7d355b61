using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Selections;

/// <summary>
/// SEL-003, SEL-004: a given role has an ARN, shaped like an IAM role ARN. A generated role (Role unset) satisfies
/// both. Parts that hold deploy-time values are not checked.
/// </summary>
internal sealed class SelectionRoleIsValid : IValidator<BackupSelection>
{
    public void Check(BackupSelection selection, ValidationContext context)
    {
        if (selection.Options.Role is not { } role)
        {
            return;
        }

        var arn = role.RoleArn;
        if (string.IsNullOrWhiteSpace(arn))
        {
            context.Report(SelectionConstraints.RoleRequired, selection, null, nameof(BackupSelectionOptions.Role));
            return;
        }

        if (Problem(arn) is { } problem)
        {
            context.Report(SelectionConstraints.RoleArnShape, selection, null, nameof(BackupSelectionOptions.Role), SelectionFacts.Display(arn), problem);
        }
    }

    private static string? Problem(string arn)
    {
        var parts = SelectionFacts.ArnParts(arn);
        if (parts is null)
        {
            return Token.IsUnresolved(arn) ? null : "it is not an ARN";
        }

        if (parts.Length < 6)
        {
            return "it has fewer than six ':'-separated parts";
        }

        var (partition, service, region, account, resource) = (parts[1], parts[2], parts[3], parts[4], parts[5]);
        if (SelectionFacts.IsKnown(partition) && !Patterns.Partition().IsMatch(partition))
        {
            return $"'{partition}' is not an AWS partition";
        }

        if (SelectionFacts.IsKnown(service) && service != "iam")
        {
            return $"the service is '{service}', not 'iam'";
        }

        if (SelectionFacts.IsKnown(region) && region.Length > 0)
        {
            return $"IAM ARNs have no Region, but it names '{region}'";
        }

        if (SelectionFacts.IsKnown(account) && !Patterns.AccountId().IsMatch(account))
        {
            return $"the account '{account}' is not 12 digits";
        }

        if (SelectionFacts.IsKnown(resource) && (!resource.StartsWith("role/", StringComparison.Ordinal) || resource.Length == 5 || resource.Any(char.IsWhiteSpace)))
        {
            return $"the resource '{resource}' is not role/NAME";
        }

        if (!Token.IsUnresolved(arn) && arn.Length is < 20 or > 2048)
        {
            return $"it has {arn.Length} characters";
        }

        return null;
    }
}
