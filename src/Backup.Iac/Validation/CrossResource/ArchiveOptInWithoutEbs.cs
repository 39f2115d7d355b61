using Backup.Iac.Catalog;
using Backup.Iac.Validation.Lifecycles;
using Backup.Iac.Validation.Vaults;

namespace Backup.Iac.Validation.CrossResource;

/// <summary>
/// XR-006 (the part LC-005 and LC-008 leave): the archive opt-in of a rule's or copy's lifecycle that has a cold
/// transition, in a plan that cannot select EBS volumes but can select another cold-capable type. (With no cold
/// transition LC-008 reports the opt-in; with no cold-capable type at all LC-005 reports the transition.) Tag and
/// <c>*</c> selections can select EBS, so they never warn.
/// </summary>
internal sealed class ArchiveOptInWithoutEbs : IValidator<RuleSubject>
{
    public void Check(RuleSubject rule, ValidationContext context)
    {
        var selectable = context.Selectable(rule.Plan);
        if (!selectable.HasSelections || selectable.Types.Count == 0 || selectable.CanSelect(ResourceTypeFacts.Ebs)
            || !selectable.Types.Any(t => ResourceTypeFacts.Features.TryGetValue(t, out var f) && f.ColdStorage))
        {
            return;
        }

        Check(rule.Rule.Lifecycle, rule.SubPath, rule, selectable, context);
        for (var i = 0; i < rule.Rule.CopyActions.Count; i++)
        {
            if (rule.Rule.CopyActions[i] is { } copy)
            {
                Check(copy.Lifecycle, new CopySubject(rule, copy, i).SubPath, rule, selectable, context);
            }
        }
    }

    private static void Check(Lifecycle? life, string subPath, RuleSubject rule, SelectionAnalysis selectable, ValidationContext context)
    {
        if (life is { OptInToArchiveForSupportedResources: true, MoveToColdStorageAfter: { } cold } && cold != LifecycleBounds.Sentinel)
        {
            context.Report(SettingsConstraints.ArchiveOptInWithoutEbs, rule.Plan, subPath,
                LifecycleSubject.Property(nameof(Lifecycle.OptInToArchiveForSupportedResources)), VaultUsage.TypeList(selectable.Types));
        }
    }
}
