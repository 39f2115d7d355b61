namespace Backup.Iac.Validation.Settings;

/// <summary>The documented global settings (BOTO <c>UpdateGlobalSettingsInput.GlobalSettings</c>) and what a model sets.</summary>
internal static class GlobalSettingsFacts
{
    public const string CrossAccountBackupKey = "isCrossAccountBackupEnabled";

    /// <summary>The documented keys, each with the typed property that sets it (the typed property wins when both are set).</summary>
    public static readonly IReadOnlyDictionary<string, string> Keys = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [CrossAccountBackupKey] = nameof(GlobalSettingsProps.IsCrossAccountBackupEnabled),
        ["isMpaEnabled"] = nameof(GlobalSettingsProps.IsMpaEnabled),
        ["isDelegatedAdministratorEnabled"] = nameof(GlobalSettingsProps.IsDelegatedAdministratorEnabled),
    };

    /// <summary>
    /// Whether the settings enable cross-account backup: the typed property, else a literal <c>"true"</c> or <c>"false"</c>
    /// under <see cref="GlobalSettingsProps.Other"/>; null when neither sets it (the account keeps its current value).
    /// </summary>
    public static bool? CrossAccountBackup(GlobalSettingsProps props) =>
        props.IsCrossAccountBackupEnabled
        ?? (props.Other is { } other && other.TryGetValue(CrossAccountBackupKey, out var text)
            ? text switch { "true" => true, "false" => false, _ => null }
            : null);

    /// <summary>The property that sets cross-account backup, for diagnostics.</summary>
    public static PropertyPath CrossAccountBackupProperty(GlobalSettingsProps props) =>
        props.IsCrossAccountBackupEnabled is null && props.Other?.ContainsKey(CrossAccountBackupKey) == true
            ? PropertyPath.Of(nameof(GlobalSettingsProps.Other)).Key(CrossAccountBackupKey)
            : PropertyPath.Of(nameof(GlobalSettingsProps.IsCrossAccountBackupEnabled));
}
