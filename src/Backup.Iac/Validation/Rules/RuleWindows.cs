using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Rules;

/// <summary>
/// RULE-011 to RULE-014: StartWindow is 60 minutes to 100 years, CompletionWindow at most 100 years, and
/// CompletionWindow at least StartWindow plus 60 minutes (an error when both are set, a warning when one is AWS's default).
/// </summary>
internal sealed class RuleWindows : IValidator<RuleSubject>
{
    /// <summary>AWS Backup's default start window, 8 hours (DG L3013, L3150).</summary>
    public static readonly Duration DefaultStart = Duration.Hours(8);

    /// <summary>AWS Backup's default completion window, 7 days (DG L3016, L3152).</summary>
    public static readonly Duration DefaultCompletion = Duration.Days(7);

    private static readonly Duration Hour = Duration.Minutes(60);
    private static readonly Duration Max = Duration.Minutes(52_560_000);

    public void Check(RuleSubject subject, ValidationContext context)
    {
        var (plan, path) = (subject.Plan, subject.SubPath);
        if (subject.Rule.StartWindow is { IsUnresolved: true } || subject.Rule.CompletionWindow is { IsUnresolved: true })
        {
            return; // known at deploy time only: the windows' relation cannot be checked
        }

        var start = subject.Rule.StartWindow;
        var completion = subject.Rule.CompletionWindow;
        if (start is { } s && s < Hour)
        {
            context.Report(RuleConstraints.StartWindowTooShort, plan, path, nameof(BackupPlanRule.StartWindow), s);
        }

        if (start is { } s2 && s2 > Max)
        {
            context.Report(RuleConstraints.StartWindowTooLong, plan, path, nameof(BackupPlanRule.StartWindow), s2);
        }

        if (completion is { } c && c > Max)
        {
            context.Report(RuleConstraints.CompletionWindowTooLong, plan, path, nameof(BackupPlanRule.CompletionWindow), c);
        }

        if (completion is { TotalMinutes: <= 0 } nonPositive)
        {
            context.Report(RuleConstraints.CompletionWindowNotPositive, plan, path, nameof(BackupPlanRule.CompletionWindow), nonPositive);
            return; // the relation to StartWindow says nothing more useful
        }

        switch (start, completion)
        {
            case ({ } st, { } co) when co.TotalMinutes < st.TotalMinutes + 60:
                context.Report(RuleConstraints.CompletionBeforeStart, plan, path, nameof(BackupPlanRule.CompletionWindow), co, st, Plus(st, 60));
                break;
            case ({ } st, null) when DefaultCompletion.TotalMinutes < st.TotalMinutes + 60:
                context.Report(RuleConstraints.CompletionBeforeDefaultStart, plan, path, nameof(BackupPlanRule.StartWindow),
                    "StartWindow", st, "CompletionWindow", DefaultCompletion,
                    $"Set CompletionWindow to {Plus(st, 60)} or more, or StartWindow to {Plus(DefaultCompletion, -60)} or less");
                break;
            case (null, { } co) when co.TotalMinutes < DefaultStart.TotalMinutes + 60:
                var fix = co.TotalMinutes >= 120
                    ? $"Set StartWindow to {Plus(co, -60)} or less, or CompletionWindow to {Plus(DefaultStart, 60)} or more"
                    : $"Set CompletionWindow to {Plus(DefaultStart, 60)} or more, or to 2 hours with a StartWindow of 1 hour";
                context.Report(RuleConstraints.CompletionBeforeDefaultStart, plan, path, nameof(BackupPlanRule.CompletionWindow),
                    "CompletionWindow", co, "StartWindow", DefaultStart, fix);
                break;
        }
    }

    private static Duration Plus(Duration d, long minutes) => Duration.Minutes(d.TotalMinutes + minutes);
}
