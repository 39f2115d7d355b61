using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Copies;

/// <summary>BKP2320: a copy action whose destination is the vault the rule backs up into (issue: "copy destination equal to the source").</summary>
internal sealed class CopyIntoOwnVault : IValidator<CopySubject>
{
    public void Check(CopySubject copy, ValidationContext context)
    {
        if (copy.Copy.Destination is not { } destination || copy.Rule.Vault is not { } source)
        {
            return;
        }

        if (ReferenceEquals(destination, source) || CopyDestination.Of(destination, context).IsSameVault(CopyDestination.Of(source, context)))
        {
            context.Report(CopyConstraints.CopyIntoOwnVault, copy.Rule.Plan, copy.SubPath, nameof(CopyAction.Destination), CopyDestination.Describe(destination));
        }
    }
}
