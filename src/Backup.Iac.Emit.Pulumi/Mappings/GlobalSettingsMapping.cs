using Backup.Iac.Graph;

namespace Backup.Iac.Emit.Pulumi.Mappings;

/// <summary>The account's global settings (a neutral graph type: CloudFormation has none, so no generated names).</summary>
internal sealed class GlobalSettingsMapping : PulumiMapping
{
    /// <summary>The graph's property, named as the API's <c>UpdateGlobalSettings</c> input.</summary>
    private const string GlobalSettings = "GlobalSettings";

    public override string CloudFormationType => ResourceTypes.GlobalSettings;

    public override string PulumiType => "aws:backup:GlobalSettings";

    public override void Map(MappingContext c) => c.Add(MappingContext.Props(("globalSettings", c.Take(c.Properties, GlobalSettings))));
}
