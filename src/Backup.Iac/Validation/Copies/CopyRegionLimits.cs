using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Copies;

/// <summary>
/// COPY-013: China (Beijing) and China (Ningxia) copy across Regions only to each other and not across accounts;
/// Canada West (Calgary) does not copy S3 backups across Regions. Checked when the stack's Region is known.
/// </summary>
internal sealed class CopyRegionLimits : IValidator<CopySubject>
{
    public void Check(CopySubject subject, ValidationContext context)
    {
        if (context.Stack?.Environment.Region is not { } source)
        {
            return;
        }

        var destination = CopyDestination.Of(subject.Copy.Destination, context);
        var (crossRegion, crossAccount) = (destination.IsCrossRegion(context), destination.IsCrossAccount(context));
        var target = destination.Region ?? source;
        var reasons = new List<string>();
        if (crossRegion && RegionFacts.IsChina(source) != RegionFacts.IsChina(target))
        {
            reasons.Add("the China Regions (Beijing and Ningxia) copy across Regions only to each other");
        }

        if (crossAccount && (RegionFacts.IsChina(source) || RegionFacts.IsChina(target)))
        {
            reasons.Add("cross-account copy is not available in the China Regions");
        }

        if (crossRegion && (source == RegionFacts.Calgary || target == RegionFacts.Calgary) && context.Selectable(subject.Rule.Plan).CanSelect(ResourceTypeFacts.S3))
        {
            reasons.Add("Canada West (Calgary) does not support cross-Region copies of S3 backups, and the plan can select S3 buckets");
        }

        if (reasons.Count > 0)
        {
            var from = crossAccount ? $"account {context.Stack.Account} in {source}" : source;
            var to = crossAccount ? $"account {destination.Account} in {target}" : target;
            context.Report(CopyConstraints.RegionCannotCopy, subject.Rule.Plan, subject.SubPath, nameof(CopyAction.Destination), from, to, string.Join("; ", reasons));
        }
    }
}
