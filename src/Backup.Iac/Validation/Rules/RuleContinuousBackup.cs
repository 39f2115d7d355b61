using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Rules;

/// <summary>
/// Continuous (PITR) rules: RULE-018 a continuous-capable type is selectable; RULE-019 retention 1 to 35 days;
/// RULE-020 retention set; RULE-021 no cold storage; RULE-022 (info) copies follow the schedule, which defaults to daily.
/// </summary>
internal sealed class RuleContinuousBackup : IValidator<RuleSubject>
{
    public void Check(RuleSubject subject, ValidationContext context)
    {
        var rule = subject.Rule;
        if (!rule.EnableContinuousBackup)
        {
            return;
        }

        var (plan, path) = (subject.Plan, subject.SubPath);
        var selectable = context.Selectable(plan);
        if (selectable.Types.Count > 0 && selectable.NoneCan(f => f.Continuous))
        {
            context.Report(RuleConstraints.ContinuousNotApplicable, plan, path, nameof(BackupPlanRule.EnableContinuousBackup),
                string.Join(", ", selectable.Types.Order(StringComparer.Ordinal)));
        }

        if (rule.Lifecycle?.DeleteAfter is { IsUnresolved: true })
        {
            // known at deploy time only: nothing to check
        }
        else if (rule.Lifecycle?.DeleteAfter is { } delete)
        {
            if (delete.TotalMinutes < Duration.Days(1).TotalMinutes || delete.TotalMinutes > Duration.Days(35).TotalMinutes)
            {
                context.Report(RuleConstraints.ContinuousRetention, plan, path, PropertyPath.Of(nameof(BackupPlanRule.Lifecycle), nameof(Lifecycle.DeleteAfter)), delete);
            }
        }
        else
        {
            context.Report(RuleConstraints.ContinuousRetentionMissing, plan, path, PropertyPath.Of(nameof(BackupPlanRule.Lifecycle), nameof(Lifecycle.DeleteAfter)));
        }

        if (Known.Value(rule.Lifecycle?.MoveToColdStorageAfter) is { TotalDays: not -1 } cold)
        {
            context.Report(RuleConstraints.ContinuousCold, plan, path, PropertyPath.Of(nameof(BackupPlanRule.Lifecycle), nameof(Lifecycle.MoveToColdStorageAfter)), cold);
        }

        if (rule.Schedule is null && rule.CopyActions.Count > 0)
        {
            context.Report(RuleConstraints.ContinuousCopySchedule, plan, path, nameof(BackupPlanRule.Schedule), rule.CopyActions.Count);
        }
    }
}
