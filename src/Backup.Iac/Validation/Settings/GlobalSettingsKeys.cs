using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Settings;

/// <summary>
/// GSET-001: <see cref="GlobalSettingsProps.Other"/> is a string-to-string map. A documented key takes the strings
/// <c>"true"</c> or <c>"false"</c> (error otherwise); any other key is unknown to AWS Backup (warning, with the documented
/// key it differs from only in case). Deploy-time values are not checked.
/// </summary>
internal sealed class GlobalSettingsKeys : IValidator<GlobalSettings>
{
    public void Check(GlobalSettings settings, ValidationContext context)
    {
        foreach (var (key, value) in (settings.Props.Other ?? new Dictionary<string, string>()).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (Token.IsUnresolved(key))
            {
                continue;
            }

            var property = PropertyPath.Of(nameof(GlobalSettingsProps.Other)).Key(key);
            if (GlobalSettingsFacts.Keys.TryGetValue(key, out var typed))
            {
                if (value is not ("true" or "false") && !Token.IsUnresolved(value))
                {
                    context.Report(SettingsConstraints.GlobalSettingValue, settings, null, property, key, value, typed);
                }

                continue;
            }

            var near = GlobalSettingsFacts.Keys.Keys.FirstOrDefault(k => string.Equals(k, key.Trim(), StringComparison.OrdinalIgnoreCase));
            var suggestion = near is null ? "" : $"Did you mean '{near}' (the typed property {GlobalSettingsFacts.Keys[near]})? ";
            context.Report(SettingsConstraints.GlobalSettingUnknownKey, settings, null, property, key, suggestion);
        }
    }
}
