using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Lifecycles;

/// <summary>
/// LC-005: a cold transition has an effect only when the plan can select a cold-capable type (catalog table 1.2;
/// EBS only through the archive opt-in). Tag and <c>*</c> selections can match every type, so they never warn.
/// </summary>
internal sealed class ColdStorageAppliesToSelection : IValidator<LifecycleSubject>
{
    public void Check(LifecycleSubject subject, ValidationContext context)
    {
        var life = subject.Lifecycle;
        if (life.MoveToColdStorageAfter is not { } cold || cold == LifecycleBounds.Sentinel)
        {
            return;
        }

        var selectable = context.Selectable(subject.Rule.Plan);
        if (!selectable.HasSelections || selectable.Types.Count == 0)
        {
            return;
        }

        var archive = life.OptInToArchiveForSupportedResources == true;
        var anyCold = selectable.Types.Any(t =>
            ResourceTypeFacts.Features.TryGetValue(t, out var f) && f.ColdStorage && (t != ResourceTypeFacts.Ebs || archive));
        if (!anyCold)
        {
            var types = string.Join(", ", selectable.Types.Order(StringComparer.Ordinal));
            context.Report(LifecycleConstraints.ColdNotApplicable, subject.Rule.Plan, subject.SubPath,
                LifecycleSubject.Property(nameof(Lifecycle.MoveToColdStorageAfter)), cold, types);
        }
    }
}
