using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Copies;

/// <summary>
/// COPY-001: every copy action has a destination vault ARN. <see cref="CopyAction.Destination"/> is a required
/// member, so this catches what the compiler cannot: a null from another language or a suppressed warning, and an
/// <see cref="IBackupVault"/> implementation whose ARN is empty.
/// </summary>
internal sealed class CopyDestinationRequired : IValidator<CopySubject>
{
    public void Check(CopySubject subject, ValidationContext context)
    {
        var destination = subject.Copy.Destination;
        if (destination is null || (destination is not BackupVault && string.IsNullOrWhiteSpace(destination.VaultArn)))
        {
            context.Report(CopyConstraints.DestinationRequired, subject.Rule.Plan, subject.SubPath, nameof(CopyAction.Destination));
        }
    }
}
