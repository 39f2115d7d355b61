using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Copies;

/// <summary>COPY-009 (informational): copies of continuous backups are snapshots without point-in-time recovery.</summary>
internal sealed class ContinuousBackupCopyIsSnapshot : IValidator<CopySubject>
{
    public void Check(CopySubject subject, ValidationContext context)
    {
        if (subject.Rule.Rule.EnableContinuousBackup)
        {
            context.Report(CopyConstraints.ContinuousCopyIsSnapshot, subject.Rule.Plan, subject.SubPath, null);
        }
    }
}
