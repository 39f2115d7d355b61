using System.Globalization;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Organizations;

/// <summary>ORG-008: the start window is 60 to 52,560,000 minutes. ORG-009: a completion window that looks like seconds or exceeds 100 years.</summary>
internal sealed class PolicyWindows : IPolicyValidator
{
    private const long HundredYears = 52_560_000;

    public void Check(PolicyCheck check)
    {
        foreach (var (_, _, rule, path) in PolicyWalk.AllRules(check.Document))
        {
            if (PolicyWalk.Number(rule.StartBackupWindowMinutes, out var start) && start is < 60 or > HundredYears)
            {
                check.Report(BackupPolicyConstraints.StartWindow, PolicyWalk.Sub(path, "start_backup_window_minutes"), start.ToString("N0", CultureInfo.InvariantCulture));
            }

            if (PolicyWalk.Number(rule.CompleteBackupWindowMinutes, out var complete) && complete is 604_800 or > HundredYears)
            {
                var days = complete / (24 * 60);
                var why = complete == 604_800 ? ", which is 7 days only if read as seconds" : ", more than 100 years";
                check.Report(BackupPolicyConstraints.CompletionWindow, PolicyWalk.Sub(path, "complete_backup_window_minutes"),
                    complete.ToString("N0", CultureInfo.InvariantCulture), days.ToString("N0", CultureInfo.InvariantCulture) + " days", why);
            }
        }
    }
}
