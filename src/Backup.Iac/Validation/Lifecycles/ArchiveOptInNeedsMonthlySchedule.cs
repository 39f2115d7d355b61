using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Lifecycles;

/// <summary>
/// LC-009: EBS snapshots go to the archive tier only from backups that run monthly or less often. Checked when the
/// plan can select EBS and the schedule (AWS's daily default when none is set) clearly runs more often.
/// </summary>
internal sealed class ArchiveOptInNeedsMonthlySchedule : IValidator<LifecycleSubject>
{
    public void Check(LifecycleSubject subject, ValidationContext context)
    {
        if (subject.Lifecycle.OptInToArchiveForSupportedResources != true || !context.Selectable(subject.Rule.Plan).CanSelect(ResourceTypeFacts.Ebs))
        {
            return;
        }

        var schedule = subject.Rule.Rule.Schedule ?? Schedule.Default;
        if (!Token.IsUnresolved(schedule.Expression) && context.Facts.Schedule(schedule.Expression).RunsMoreThanMonthly)
        {
            context.Report(LifecycleConstraints.ArchiveNeedsMonthlySchedule, subject.Rule.Plan, subject.SubPath,
                LifecycleSubject.Property(nameof(Lifecycle.OptInToArchiveForSupportedResources)), schedule.Expression);
        }
    }
}
