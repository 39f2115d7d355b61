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

    /// <summary>Any other resource type of Backup.Iac's own (<c>Backup::</c>) that has no CloudFormation type.</summary>
    public static readonly Constraint ResourceType = new(
        "BKP8004", null, Severity.Warning,
        "A resource type has no counterpart in CloudFormation",
        "The {0} resource is not in the CloudFormation template: CloudFormation has no resource type for {0}. Manage it outside this template (for example with the AWS CLI or the Pulumi output), or remove it from this stack.",
        "reference/cloudformation/README.md (the ten AWS::Backup registry types); CloudFormation resource type names (AWS::, Custom:: or a registry type)",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html")
    {
        Why = "Types named `Backup::` are Backup.Iac's own names for settings that CloudFormation cannot hold. The template is written without such a resource, so a deployment would not apply it; the warning says so instead of dropping it silently.",
    };

    /// <summary>All limits of this emitter.</summary>
    public static IReadOnlyList<Constraint> All { get; } = [GlobalSettings, RegionSettings, ResourceType];

    /// <summary>
    /// The diagnostics of a graph that CloudFormation cannot fully express. <see cref="CloudFormationEmitter.Emit"/>
    /// returns them with the template; a back end whose output is CloudFormation too (the CDK adapter) reports them alike.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="stackPath">The stack's construct path, to prefix resource paths.</param>
    /// <returns>The diagnostics.</returns>
    public static IReadOnlyList<Diagnostic> Check(ResourceGraph graph, string stackPath)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var found = new List<Diagnostic>();
        foreach (var resource in graph.Resources.Where(r => !IsExpressible(r)))
        {
            var limit = resource.Type switch
            {
                ResourceTypes.GlobalSettings => GlobalSettings,
                ResourceTypes.RegionSettings => RegionSettings,
                _ => ResourceType,
            };
            var slash = resource.Path.LastIndexOf('/');
            var path = stackPath + "/" + (slash < 0 ? resource.Path : resource.Path[..slash]);
            var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, limit.Message, resource.Type);
            found.Add(new Diagnostic(limit.Code, limit.Severity, path, message) { ConstraintId = limit.ConstraintId });
        }

        return found;
    }

    /// <summary>Whether CloudFormation has a resource type for the graph resource.</summary>
    /// <param name="resource">The resource.</param>
    /// <returns>
    /// False for the types of Backup.Iac's own (<see cref="ResourceTypes.OwnTypePrefix"/>, such as
    /// <see cref="ResourceTypes.GlobalSettings"/>); true for every other type, which CloudFormation names (<c>AWS::</c>,
    /// <c>Custom::</c>, a registry type).
    /// </returns>
    public static bool IsExpressible(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return !resource.Type.StartsWith(ResourceTypes.OwnTypePrefix, StringComparison.Ordinal);
    }
}
