using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Copies;

/// <summary>COPY-003: two copy actions of one rule to the same vault copy every recovery point twice. Reported at the later one.</summary>
internal sealed class CopyDestinationsDistinct : IValidator<CopySubject>
{
    public void Check(CopySubject subject, ValidationContext context)
    {
        var destination = subject.Copy.Destination;
        if (destination is null)
        {
            return;
        }

        var here = CopyDestination.Of(destination, context);
        var copies = subject.Rule.Rule.CopyActions;
        for (var i = 0; i < subject.Index; i++)
        {
            var earlier = copies[i].Destination;
            if (earlier is null)
            {
                continue;
            }

            var same = ReferenceEquals(earlier, destination)
                || (earlier is not BackupVault && destination is not BackupVault && earlier.VaultArn == destination.VaultArn)
                || here.IsSameVault(CopyDestination.Of(earlier, context));
            if (same)
            {
                context.Report(CopyConstraints.DuplicateDestination, subject.Rule.Plan, subject.SubPath, nameof(CopyAction.Destination), CopyDestination.Describe(destination), i);
                return;
            }
        }
    }
}
