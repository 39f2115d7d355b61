using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Plans;

/// <summary>
/// PLAN-009: the backup options of an EC2 or S3 advanced setting are documented keys set to <c>enabled</c> or
/// <c>disabled</c> (which also keeps keys and values within the API pattern). Options of other types are not checked:
/// the type itself is reported (PLAN-008, RT-001, RT-002).
/// </summary>
internal sealed class AdvancedSettingOptions : IValidator<BackupPlan>
{
    private static readonly Dictionary<string, (string[] Keys, string Allowed)> Documented = new(StringComparer.Ordinal)
    {
        [ResourceTypeFacts.Ec2] = (["WindowsVSS"], "WindowsVSS set to 'enabled' or 'disabled'"),

        // BOTO and the seed-era pages spell the S3 options BackupACLs and BackupObjectTags; the current developer guide
        // page spells them S3BackupACLs and S3BackupObjectTags. Both are accepted so that neither is a false alarm (OQ-055).
        [ResourceTypeFacts.S3] = (["BackupACLs", "BackupObjectTags", "S3BackupACLs", "S3BackupObjectTags"],
            "BackupACLs and BackupObjectTags set to 'enabled' or 'disabled'"),
    };

    private static readonly string[] Values = ["enabled", "disabled"];

    public void Check(BackupPlan plan, ValidationContext context)
    {
        var settings = plan.Props.AdvancedBackupSettings;
        for (var i = 0; i < settings.Count; i++)
        {
            var type = settings[i].ResourceType;
            if (type is null || !Documented.TryGetValue(type, out var documented) || settings[i].BackupOptions is not { } options)
            {
                continue;
            }

            foreach (var (key, value) in options.OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                if (Token.IsUnresolved(key) || Token.IsUnresolved(value))
                {
                    continue;
                }

                string? problem = null;
                if (!documented.Keys.Contains(key, StringComparer.Ordinal))
                {
                    var near = documented.Keys.FirstOrDefault(k => string.Equals(k, key.Trim(), StringComparison.OrdinalIgnoreCase));
                    problem = $"'{key}' is not a documented option for {type}" + (near is null ? "" : $" (did you mean '{near}'?)");
                }
                else if (!Values.Contains(value, StringComparer.Ordinal))
                {
                    problem = "the value must be 'enabled' or 'disabled' (lower case)";
                }

                if (problem is not null)
                {
                    context.Report(PlanConstraints.AdvancedSettingOptions, plan, null, PropertyPath.Of(nameof(BackupPlanProps.AdvancedBackupSettings)).Index(i).Then(nameof(AdvancedBackupSetting.BackupOptions)).Entry(key),
                        i, key, value, problem, type, documented.Allowed);
                }
            }
        }
    }
}
