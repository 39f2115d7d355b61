using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Lifecycles;

/// <summary>LC-008: the archive opt-in has no effect without a cold transition.</summary>
internal sealed class ArchiveOptInNeedsColdTransition : IValidator<LifecycleSubject>
{
    public void Check(LifecycleSubject subject, ValidationContext context)
    {
        var life = subject.Lifecycle;
        if (life.OptInToArchiveForSupportedResources == true && (life.MoveToColdStorageAfter is null || life.MoveToColdStorageAfter == LifecycleBounds.Sentinel))
        {
            context.Report(LifecycleConstraints.ArchiveWithoutCold, subject.Rule.Plan, subject.SubPath,
                LifecycleSubject.Property(nameof(Lifecycle.OptInToArchiveForSupportedResources)));
        }
    }
}
