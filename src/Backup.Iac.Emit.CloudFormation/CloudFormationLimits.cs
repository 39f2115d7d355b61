using Backup.Iac.Catalog;
using Backup.Iac.Graph;

namespace Backup.Iac.Emit.CloudFormation;

/// <summary>What CloudFormation cannot express (codes BKP8001-BKP8099): reported by this emitter as ordinary diagnostics, never dropped silently.</summary>
public static class CloudFormationLimits
{
    /// <summary>Global settings have no CloudFormation resource type.</summary>
    public static readonly Constraint GlobalSettings = new(
        "BKP8001", "GSET-001", Severity.Warning,
        "CloudFormation cannot set AWS Backup global settings",
        "The global settings are not in the CloudFormation template: CloudFormation has no resource type for them. Apply them with `aws backup update-global-settings` from the management account, use the Pulumi output (`--format pulumi`), or remove them from this stack.",
        "reference/cloudformation/README.md (the ten AWS::Backup registry types); DG §UpdateGlobalSettings L36426-36455",
        "https://docs.aws.amazon.com/aws-backup/latest/devguide/API_UpdateGlobalSettings.html");

    /// <summary>Region settings have no CloudFormation resource type.</summary>
    public static readonly Constraint RegionSettings = new(
        "BKP8002", "RSET-001", Severity.Warning,
        "CloudFormation cannot set AWS Backup Region settings",
        "The Region settings are not in the CloudFormation template: CloudFormation has no resource type for them. Apply them with `aws backup update-region-settings` in each account and Region, use the Pulumi output (`--format pulumi`), or remove them from this stack.",
        "reference/cloudformation/README.md (the ten AWS::Backup registry types); DG §UpdateRegionSettings L36740-36768",
        "https://docs.aws.amazon.com/aws-backup/latest/devguide/API_UpdateRegionSettings.html");

    /// <summary>All limits of this emitter.</summary>
    public static IReadOnlyList<Constraint> All { get; } = [GlobalSettings, RegionSettings];

    /// <summary>The diagnostics of a graph that this emitter cannot fully express.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="stackPath">The stack's construct path, to prefix resource paths.</param>
    /// <returns>The diagnostics.</returns>
    public static IReadOnlyList<Diagnostic> Check(ResourceGraph graph, string stackPath)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var found = new List<Diagnostic>();
        foreach (var resource in graph.Resources.Where(r => !IsExpressible(r)))
        {
            var limit = resource.Type == ResourceTypes.GlobalSettings ? GlobalSettings : RegionSettings;
            var path = stackPath + "/" + resource.Path[..resource.Path.LastIndexOf('/')];
            found.Add(new Diagnostic(limit.Code, limit.Severity, path, limit.Message) { ConstraintId = limit.ConstraintId });
        }

        return found;
    }

    /// <summary>Whether CloudFormation has a resource type for the graph resource.</summary>
    /// <param name="resource">The resource.</param>
    /// <returns>True for <c>AWS::</c> types.</returns>
    public static bool IsExpressible(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return resource.Type.StartsWith("AWS::", StringComparison.Ordinal);
    }
}
