using System.Collections.Immutable;
using Backup.Iac.Graph;
using Backup.Iac.Lowering;
using static Backup.Iac.Lowering.LoweringValues;

namespace Backup.Iac.Kinds;

/// <summary>The account's AWS Backup global settings (no CloudFormation type: a neutral type).</summary>
internal sealed class GlobalSettingsKind : ResourceKind<GlobalSettings>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.GlobalSettings];

    // ── lowering (scope "kinds") ──

    // No CloudFormation type exists (a neutral pseudo-type, no schema): its property and setting names live here.
    private const string GlobalSettingsProperty = "GlobalSettings";
    private const string IsCrossAccountBackupEnabled = "isCrossAccountBackupEnabled";
    private const string IsMpaEnabled = "isMpaEnabled";
    private const string IsDelegatedAdministratorEnabled = "isDelegatedAdministratorEnabled";

    /// <inheritdoc />
    protected override IEnumerable<Resource> Lower(GlobalSettings construct, LoweringContext context)
    {
        var p = construct.Props;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in p.Other ?? new Dictionary<string, string>())
        {
            map[key] = value;
        }

        void Set(string key, bool? value)
        {
            if (value is { } v)
            {
                map[key] = v ? "true" : "false";
            }
        }

        Set(IsCrossAccountBackupEnabled, p.IsCrossAccountBackupEnabled);
        Set(IsMpaEnabled, p.IsMpaEnabled);
        Set(IsDelegatedAdministratorEnabled, p.IsDelegatedAdministratorEnabled);
        var properties = MapValue.Of(new KeyValuePair<string, Value?>(GlobalSettingsProperty, Tags(map) ?? MapValue.Empty));
        yield return new Resource(LogicalIds.FromPath(construct.ResourcePath), ResourceTypes.GlobalSettings, construct.ResourcePath, properties);
    }

    // ── import (scope "import") ──

    /// <inheritdoc />
    public override string? NotImportedBecause => "a neutral type of the graph with no CloudFormation resource (account settings are applied outside CloudFormation), so a template never holds it";
}
