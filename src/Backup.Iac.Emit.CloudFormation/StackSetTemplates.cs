using System.Text;
using Backup.Iac.Catalog;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;

namespace Backup.Iac.Emit.CloudFormation;

/// <summary>
/// The member templates of StackSets (<see cref="EmbeddedTemplateValue"/>): written inline as the JSON text of
/// <c>TemplateBody</c> when it fits CloudFormation's limit for an inline body (51,200 bytes), otherwise as
/// <c>TemplateURL</c> from a parameter (<c>&lt;LogicalId&gt;TemplateUrl</c>): the member template is also written as its own
/// file (<c>&lt;Member&gt;.template.json</c>) for the pipeline to upload to S3. Every back end resolves a graph with
/// <see cref="Resolve(ResourceGraph)"/> before writing it, so all of them write the same StackSet.
/// </summary>
public static class StackSetTemplates
{
    /// <summary>CloudFormation's limit for an inline StackSet <c>TemplateBody</c>, in bytes (the registry schema's maxLength).</summary>
    public const int InlineBodyLimit = 51_200;

    /// <summary>The member template is too long for an inline body: the StackSet takes it from a URL.</summary>
    public static readonly Constraint TemplateUrl = new(
        "BKP8003", "ROLL-008", Severity.Info,
        "A member template over 51,200 bytes is deployed from a URL",
        "The member template '{0}' is {1} bytes, over the {2} bytes of an inline StackSet TemplateBody, so the StackSet takes it from the parameter {3} (TemplateURL). Upload {0}.template.json to an S3 bucket the management account can read, and pass its URL as {3} when you deploy the management stack.",
        "CloudFormation registry schema AWS::CloudFormation::StackSet: TemplateBody maxLength 51200, TemplateURL maxLength 5120",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudformation-stackset.html");

    /// <summary>The limits of this part of the emitter.</summary>
    public static IReadOnlyList<Constraint> All { get; } = [TemplateUrl];

    /// <summary>The name of the URL parameter of a StackSet whose member template is too long to inline.</summary>
    /// <param name="stackSet">The StackSet resource.</param>
    /// <returns>The parameter name.</returns>
    public static string UrlParameterName(Resource stackSet)
    {
        ArgumentNullException.ThrowIfNull(stackSet);
        return stackSet.LogicalId + "TemplateUrl";
    }

    /// <summary>The JSON text of a member template, as written into <c>TemplateBody</c>.</summary>
    /// <param name="member">The member stack's graph.</param>
    /// <returns>The text.</returns>
    public static string Body(ResourceGraph member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return CloudFormationEmitter.Text(Resolve(member), TemplateFormat.Json);
    }

    /// <summary>The graph with each embedded member template replaced by its JSON text, or by a URL parameter when it is too long.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The graph as every back end writes it (the same graph when it embeds no template).</returns>
    public static ResourceGraph Resolve(ResourceGraph graph) => Resolve(graph, graph?.StackName ?? "", null);

    /// <summary>
    /// The graph with each embedded member template replaced (<see cref="Resolve(ResourceGraph)"/>), adding an info
    /// (<see cref="TemplateUrl"/>) for each member template deployed from a URL.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="stackPath">The stack's construct path, to prefix resource paths.</param>
    /// <param name="found">Where the infos go, or null.</param>
    /// <returns>The resolved graph.</returns>
    internal static ResourceGraph Resolve(ResourceGraph graph, string stackPath, List<Diagnostic>? found)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!graph.Resources.Any(r => r.Properties.Entries.Values.OfType<EmbeddedTemplateValue>().Any()))
        {
            return graph;
        }

        var parameters = graph.Parameters.ToList();
        var resources = new List<Resource>();
        foreach (var resource in graph.Resources)
        {
            if (!resource.Properties.Entries.TryGetValue(CfnStackSet.TemplateBody, out var value) || value is not EmbeddedTemplateValue embedded)
            {
                resources.Add(resource);
                continue;
            }

            var body = Body(embedded.Template);
            var entries = resource.Properties.Entries.Remove(CfnStackSet.TemplateBody);
            var bytes = Encoding.UTF8.GetByteCount(body);
            if (bytes <= InlineBodyLimit)
            {
                entries = entries.SetItem(CfnStackSet.TemplateBody, new StringValue(body));
            }
            else
            {
                var parameter = new Parameter(UrlParameterName(resource))
                {
                    Description = $"The S3 URL of {embedded.Template.StackName}.template.json (the member template, too long for an inline TemplateBody).",
                };
                parameters.Add(parameter);
                entries = entries.SetItem(CfnStackSet.TemplateURL, new ParameterValue(parameter));
                found?.Add(UrlInfo(resource, embedded, bytes, stackPath));
            }

            resources.Add(resource with { Properties = new MapValue(entries) });
        }

        return graph with { Resources = [.. resources], Parameters = [.. parameters.OrderBy(p => p.Name, StringComparer.Ordinal)] };
    }

    private static Diagnostic UrlInfo(Resource stackSet, EmbeddedTemplateValue embedded, int bytes, string stackPath)
    {
        var path = stackPath + "/" + stackSet.Path[..stackSet.Path.LastIndexOf('/')];
        var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, TemplateUrl.Message,
            embedded.Template.StackName, bytes, InlineBodyLimit, UrlParameterName(stackSet));
        return new Diagnostic(TemplateUrl.Code, TemplateUrl.Severity, path, message) { ConstraintId = TemplateUrl.ConstraintId, Property = CfnStackSet.TemplateBody };
    }
}
