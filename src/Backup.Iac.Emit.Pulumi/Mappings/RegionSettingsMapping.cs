using Backup.Iac.Graph;

namespace Backup.Iac.Emit.Pulumi.Mappings;

/// <summary>The Region's settings (a neutral graph type: CloudFormation has none, so no generated names); the provider requires the opt-in preferences.</summary>
internal sealed class RegionSettingsMapping : PulumiMapping
{
    /// <summary>The graph's properties, named as the API's <c>UpdateRegionSettings</c> inputs.</summary>
    private const string OptIn = "ResourceTypeOptInPreference";
    private const string Management = "ResourceTypeManagementPreference";

    public override string CloudFormationType => ResourceTypes.RegionSettings;

    public override string PulumiType => "aws:backup:RegionSettings";

    public override void Map(MappingContext c)
    {
        var r = c.Properties;
        if (!r.Has(OptIn))
        {
            c.Report(PulumiLimits.RegionOptIn, c.Path, OptIn);
        }

        c.Add(MappingContext.Props(("resourceTypeOptInPreference", c.Take(r, OptIn)), ("resourceTypeManagementPreference", c.Take(r, Management))));
    }
}
