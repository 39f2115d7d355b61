using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Copies;

/// <summary>
/// COPY-002: a destination given by ARN has the backup-vault ARN shape (any AWS partition). A vault construct of this
/// app is always fine; parts that hold tokens (<see cref="BackupVault.FromName"/> builds its ARN from them) are not checked.
/// </summary>
internal sealed class CopyDestinationIsVaultArn : IValidator<CopySubject>
{
    private const string VaultPrefix = "backup-vault:";

    public void Check(CopySubject subject, ValidationContext context)
    {
        if (subject.Copy.Destination is null or BackupVault || subject.Copy.Destination.VaultArn is not { } text || string.IsNullOrWhiteSpace(text))
        {
            return; // COPY-001 reports a missing ARN
        }

        if (Problem(text) is { } problem)
        {
            context.Report(CopyConstraints.DestinationArnShape, subject.Rule.Plan, subject.SubPath, nameof(CopyAction.Destination), CopyDestination.Describe(subject.Copy.Destination), problem);
        }
    }

    private static string? Problem(string text)
    {
        if (Arn.TryParse(text) is not { } arn)
        {
            return Token.IsUnresolved(text) ? null : "it is not an ARN (a vault name is not enough here)";
        }

        if (Known(arn.Partition) && !Patterns.Partition().IsMatch(arn.Partition))
        {
            return $"the partition '{arn.Partition}' is not an AWS partition";
        }

        if (Known(arn.Service) && arn.Service != "backup")
        {
            return $"it is an ARN of the '{arn.Service}' service, not of a backup vault";
        }

        if (Known(arn.Region) && !Patterns.Region().IsMatch(arn.Region))
        {
            return arn.Region.Length == 0 ? "the Region is missing" : $"the Region '{arn.Region}' is not a Region name";
        }

        if (Known(arn.Account) && !Patterns.AccountId().IsMatch(arn.Account))
        {
            return arn.Account.Length == 0 ? "the account is missing" : $"the account '{arn.Account}' is not a 12-digit account ID";
        }

        if (Token.IsUnresolved(arn.Resource))
        {
            return null;
        }

        if (!arn.Resource.StartsWith(VaultPrefix, StringComparison.Ordinal))
        {
            return $"the resource '{arn.Resource}' is not backup-vault:NAME";
        }

        var name = arn.Resource[VaultPrefix.Length..];
        return Patterns.VaultName().IsMatch(name) ? null : $"the vault name '{name}' does not match ^[a-zA-Z0-9\\-\\_]{{2,50}}$";
    }

    private static bool Known(string part) => !Token.IsUnresolved(part);
}
