using Amazon.CDK;
using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Graph;

using GraphRemovalPolicy = Backup.Iac.Graph.RemovalPolicy;
using Resource = Backup.Iac.Graph.Resource;

namespace Backup.Iac.Cdk.Rendering;

using Construct = Constructs.Construct;

/// <summary>
/// Renders a resource graph into a CDK scope: one L1 resource per graph resource that CloudFormation can express,
/// at the graph resource's path below the scope, with the graph's logical ID, dependencies and removal policy.
/// </summary>
internal static class GraphRenderer
{
    /// <summary>Renders the graph; returns the CDK resources by logical ID.</summary>
    public static Dictionary<string, CfnResource> Render(Construct scope, ResourceGraph graph)
    {
        var rendered = new Dictionary<string, CfnResource>(StringComparer.Ordinal);
        var parameters = new Dictionary<string, CfnParameter>(StringComparer.Ordinal);
        var renderer = new ValueRenderer(
            id => rendered.TryGetValue(id, out var r) ? r : throw new InvalidOperationException($"The graph refers to '{id}', which is not rendered before it."),
            p => parameters.TryGetValue(p.Name, out var existing) ? existing : parameters[p.Name] = ParameterOf(scope, p));
        foreach (var parameter in graph.Parameters)
        {
            parameters[parameter.Name] = ParameterOf(scope, parameter); // all of them, as the native output declares them
        }

        foreach (var resource in InDependencyOrder(graph))
        {
            var (parent, id) = Place(scope, resource.Path);
            var reader = new L1PropertyReader(new PropertyReader(resource.Properties), renderer);
            var cfn = TypedResources.Factories.TryGetValue(resource.Type, out var factory) ? factory.Create(parent, id, reader) : null;
            if (cfn is null)
            {
                cfn = new CfnResource(parent, id, new CfnResourceProps
                {
                    Type = resource.Type,
                    Properties = resource.Properties.Entries.ToDictionary(e => e.Key, e => renderer.Property(e.Value), StringComparer.Ordinal),
                });
            }
            else
            {
                foreach (var (path, value) in reader.Leftovers)
                {
                    cfn.AddPropertyOverride(path, renderer.Property(value));
                }
            }

            cfn.OverrideLogicalId(resource.LogicalId);
            foreach (var dependency in resource.DependsOn)
            {
                if (rendered.TryGetValue(dependency, out var target))
                {
                    cfn.AddDependency(target);
                }
            }

            if (resource.RemovalPolicy is { } policy)
            {
                var cfnPolicy = policy == GraphRemovalPolicy.Retain ? CfnDeletionPolicy.RETAIN : CfnDeletionPolicy.DELETE;
                cfn.CfnOptions.DeletionPolicy = cfnPolicy;
                cfn.CfnOptions.UpdateReplacePolicy = cfnPolicy;
            }

            rendered[resource.LogicalId] = cfn;
        }

        return rendered;
    }

    /// <summary>
    /// A parameter lives in the stack, with its name as construct ID (and so as logical ID, as in the native output);
    /// a parameter of that name already there is shared.
    /// </summary>
    private static CfnParameter ParameterOf(Construct scope, Parameter parameter)
    {
        var stack = Stack.Of(scope);
        if (stack.Node.TryFindChild(parameter.Name) is CfnParameter existing)
        {
            return existing;
        }

        var owner = stack.Node.TryFindChild(parameter.Name) is null ? (Construct)stack : scope;
        var created = new CfnParameter(owner, parameter.Name, new CfnParameterProps
        {
            Type = parameter.Type,
            Default = parameter.Default,
            Description = parameter.Description,
        });
        created.OverrideLogicalId(parameter.Name);
        return created;
    }

    /// <summary>The parent construct of a graph path below the scope (created as needed) and the last component.</summary>
    private static (Construct Parent, string Id) Place(Construct scope, string path)
    {
        var components = path.Split('/');
        var parent = scope;
        foreach (var component in components[..^1])
        {
            parent = parent.Node.TryFindChild(component) as Construct ?? new Construct(parent, component);
        }

        return (parent, components[^1]);
    }

    /// <summary>The resources CloudFormation can express, each after the resources it refers to or depends on.</summary>
    private static List<Resource> InDependencyOrder(ResourceGraph graph)
    {
        var byId = graph.Resources.Where(CloudFormationLimits.IsExpressible).ToDictionary(r => r.LogicalId, StringComparer.Ordinal);
        var ordered = new List<Resource>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: done
        void Visit(Resource resource)
        {
            if (state.TryGetValue(resource.LogicalId, out var done))
            {
                if (!done)
                {
                    throw new InvalidOperationException($"The graph has a reference cycle through '{resource.LogicalId}'.");
                }

                return;
            }

            state[resource.LogicalId] = false;
            foreach (var id in References(resource.Properties).Concat(resource.DependsOn))
            {
                if (byId.TryGetValue(id, out var target))
                {
                    Visit(target);
                }
            }

            state[resource.LogicalId] = true;
            ordered.Add(resource);
        }

        foreach (var resource in byId.Values)
        {
            Visit(resource);
        }

        return ordered;
    }

    private static IEnumerable<string> References(Value value) => value switch
    {
        ReferenceValue r => [r.LogicalId],
        AttributeValue a => [a.LogicalId],
        JoinValue j => j.Parts.SelectMany(References),
        ListValue l => l.Items.SelectMany(References),
        MapValue m => m.Entries.Values.SelectMany(References),
        OpaqueValue o => References(o.Expression),
        _ => [],
    };
}
