using Backup.Iac.Catalog;
using Backup.Iac.Validation.Indexes;

namespace Backup.Iac.Validation.Settings;

/// <summary>
/// RSET-001 (with RT-001 and RT-002 for these fields): the keys of <see cref="RegionSettingsProps.ResourceTypeOptInPreference"/>
/// and <see cref="RegionSettingsProps.ResourceTypeManagementPreference"/> are documented resource types, spelled exactly;
/// the names with spaces and the seed's <c>FSX</c> are accepted (OQ-023). The values are booleans by type.
/// </summary>
internal sealed class RegionSettingsResourceTypes : IValidator<RegionSettings>
{
    private static readonly IReadOnlyList<string> AllTypes = [.. ResourceTypeFacts.All];

    public void Check(RegionSettings settings, ValidationContext context)
    {
        Check(settings, nameof(RegionSettingsProps.ResourceTypeOptInPreference), settings.Props.ResourceTypeOptInPreference, context);
        Check(settings, nameof(RegionSettingsProps.ResourceTypeManagementPreference), settings.Props.ResourceTypeManagementPreference, context);
    }

    private static void Check(RegionSettings settings, string map, IReadOnlyDictionary<string, bool>? preferences, ValidationContext context)
    {
        foreach (var key in (preferences?.Keys ?? []).Order(StringComparer.Ordinal))
        {
            var why = ResourceTypeStrings.Classify(key) switch
            {
                ResourceTypeStringKind.Malformed => "it does not match ^[a-zA-Z0-9\\-\\_\\.]{1,50}$: " + ResourceTypeStrings.WhyMalformed(key),
                ResourceTypeStringKind.Undocumented => "no such type is documented",
                _ => null,
            };
            if (why is not null)
            {
                context.Report(SettingsConstraints.RegionSettingResourceType, settings, null, PropertyPath.Of(map).Key(key),
                    map, key, why, ResourceTypeStrings.Suggestion(key, AllTypes));
            }
        }
    }
}
