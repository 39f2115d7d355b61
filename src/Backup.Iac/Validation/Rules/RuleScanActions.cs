using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Rules;

/// <summary>
/// RULE-027: each scan action names the scanner <c>GUARDDUTY</c> and a scan mode <c>FULL_SCAN</c> or
/// <c>INCREMENTAL_SCAN</c> (error), and the plan has a <c>ScanSettings</c> entry for that scanner (warning).
/// </summary>
internal sealed class RuleScanActions : IValidator<RuleSubject>
{
    private static readonly string[] Scanners = ["GUARDDUTY"];
    private static readonly string[] Modes = ["FULL_SCAN", "INCREMENTAL_SCAN"];

    public void Check(RuleSubject subject, ValidationContext context)
    {
        var actions = subject.Rule.ScanActions;
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            var scannerOk = Check(subject, context, i, nameof(ScanAction.MalwareScanner), action.MalwareScanner, Scanners);
            Check(subject, context, i, nameof(ScanAction.ScanMode), action.ScanMode, Modes);
            if (scannerOk && !Token.IsUnresolved(action.MalwareScanner)
                && !subject.Plan.Props.ScanSettings.Any(s => s.MalwareScanner == action.MalwareScanner || Token.IsUnresolved(s.MalwareScanner)))
            {
                context.Report(RuleConstraints.ScanActionWithoutSetting, subject.Plan, subject.SubPath, PropertyPath.Of(nameof(BackupPlanRule.ScanActions)).Index(i).Then(nameof(ScanAction.MalwareScanner)), i, action.MalwareScanner);
            }
        }
    }

    private static bool Check(RuleSubject subject, ValidationContext context, int index, string field, string value, string[] allowed)
    {
        if (Token.IsUnresolved(value) || allowed.Contains(value, StringComparer.Ordinal))
        {
            return true;
        }

        context.Report(RuleConstraints.ScanActionValue, subject.Plan, subject.SubPath, PropertyPath.Of(nameof(BackupPlanRule.ScanActions)).Index(index).Then(field),
            index, field, value, string.Join(" or ", allowed));
        return false;
    }
}
