using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Indexes;

/// <summary>IDX-001: a rule has at most one index action.</summary>
internal sealed class IndexActionCount : IValidator<RuleSubject>
{
    public void Check(RuleSubject subject, ValidationContext context)
    {
        var count = subject.Rule.IndexActions.Count;
        if (count > 1)
        {
            context.Report(IndexConstraints.OneIndexAction, subject.Plan, subject.SubPath, nameof(BackupPlanRule.IndexActions), count);
        }
    }
}
