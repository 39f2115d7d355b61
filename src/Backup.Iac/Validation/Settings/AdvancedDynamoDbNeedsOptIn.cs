using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Settings;

/// <summary>
/// RSET-002: advanced DynamoDB backup needs <c>DynamoDB: true</c> in both maps. Warned at Region settings that set the
/// management preference to true when no Region settings of the same account and Region opt DynamoDB in.
/// </summary>
internal sealed class AdvancedDynamoDbNeedsOptIn : IValidator<RegionSettings>
{
    public void Check(RegionSettings settings, ValidationContext context)
    {
        if (settings.Props.ResourceTypeManagementPreference is not { } management
            || !management.TryGetValue(ResourceTypeFacts.DynamoDb, out var managed) || !managed)
        {
            return;
        }

        var optIn = RegionPreferences.For(settings.Stack, context).OptIn(ResourceTypeFacts.DynamoDb);
        if (optIn != true)
        {
            var state = optIn == false
                ? "sets it to false"
                : "does not set it, so advanced DynamoDB backup depends on the account's current opt-in";
            context.Report(SettingsConstraints.AdvancedDynamoDbNeedsOptIn, settings, null,
                PropertyPath.Of(nameof(RegionSettingsProps.ResourceTypeManagementPreference)).Key(ResourceTypeFacts.DynamoDb), state);
        }
    }
}
