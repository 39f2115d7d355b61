using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Organizations;

/// <summary>ORG-028: <c>advanced_backup_settings</c> holds only <c>ec2.windows_vss</c> with <c>enabled</c> or <c>disabled</c>; enabling it needs permissions (warning).</summary>
internal sealed class PolicyAdvancedSettings : IPolicyValidator
{
    public void Check(PolicyCheck check)
    {
        foreach (var (planName, plan, planPath) in PolicyWalk.Plans(check.Document))
        {
            var settingsPath = PolicyWalk.Sub(planPath, "advanced_backup_settings");
            foreach (var (type, options) in plan.AdvancedBackupSettings ?? new())
            {
                var typePath = PolicyWalk.Sub(settingsPath, type);
                if (!string.Equals(type, "ec2", StringComparison.OrdinalIgnoreCase))
                {
                    check.Report(BackupPolicyConstraints.AdvancedSettings, typePath, $"advanced_backup_settings has the resource type '{type}'");
                    continue;
                }

                foreach (var (option, value) in options)
                {
                    var at = PolicyWalk.Sub(typePath, option);
                    if (!string.Equals(option, "windows_vss", StringComparison.OrdinalIgnoreCase))
                    {
                        var hint = string.Equals(option, "WindowsVSS", StringComparison.OrdinalIgnoreCase) ? " (WindowsVSS is the API's option name; the policy key is windows_vss)" : "";
                        check.Report(BackupPolicyConstraints.AdvancedSettings, at, $"ec2 has the option '{option}'{hint}");
                        continue;
                    }

                    if (PolicyWalk.Text(value) is not { } text)
                    {
                        continue;
                    }

                    if (text is not ("enabled" or "disabled"))
                    {
                        check.Report(BackupPolicyConstraints.AdvancedSettings, at, $"windows_vss is '{text}'");
                    }
                    else if (text == "enabled")
                    {
                        check.Report(BackupPolicyConstraints.WindowsVss, at, planName);
                    }
                }
            }
        }
    }
}
