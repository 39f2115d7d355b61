using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Copies;

/// <summary>COPY-005: a cross-account copy into another account's Default vault fails (its key cannot be shared).</summary>
internal sealed class CrossAccountCopyToDefaultVault : IValidator<CopySubject>
{
    public void Check(CopySubject subject, ValidationContext context)
    {
        var destination = CopyDestination.Of(subject.Copy.Destination, context);
        if (destination.IsCrossAccount(context) && destination.VaultName == "Default")
        {
            context.Report(CopyConstraints.CrossAccountDefaultVault, subject.Rule.Plan, subject.SubPath, nameof(CopyAction.Destination),
                destination.Account, context.Stack?.Account);
        }
    }
}
