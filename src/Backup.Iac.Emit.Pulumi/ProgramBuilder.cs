using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Backup.Iac.Catalog;
using Backup.Iac.Emit.Pulumi.Mappings;
using Backup.Iac.Graph;
using Node = Backup.Iac.Emit.Pulumi.ProgramNode;

namespace Backup.Iac.Emit.Pulumi;

/// <summary>
/// Builds the Pulumi YAML program of one graph: maps every graph resource to the classic provider's resources (splitting
/// what CloudFormation keeps in one resource), turns references into <c>${name.output}</c> interpolations and reports
/// what cannot be expressed.
/// </summary>
internal sealed class ProgramBuilder
{
    private const string PartitionVariable = "aws-partition";
    private const string RegionVariable = "aws-region";
    private const string AccountVariable = "aws-account-id";

    private static readonly Dictionary<string, (string Function, string Return)> Invokes = new(StringComparer.Ordinal)
    {
        [PartitionVariable] = ("aws:index/getPartition:getPartition", "partition"),
        [RegionVariable] = ("aws:index/getRegion:getRegion", "region"),
        [AccountVariable] = ("aws:index/getCallerIdentity:getCallerIdentity", "accountId"),
    };

    private readonly ResourceGraph graph;
    private readonly string stackPath;
    private readonly List<Diagnostic> diagnostics = [];
    private readonly SortedSet<string> variables = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Parameter> parameters = new(StringComparer.Ordinal);
    private readonly List<Emitted> emitted = [];

    private ProgramBuilder(ResourceGraph graph, string stackPath)
    {
        this.graph = graph;
        this.stackPath = stackPath;
    }

    public static PulumiProgram Build(ResourceGraph graph, string stackPath)
    {
        var builder = new ProgramBuilder(graph, stackPath);
        var root = builder.Program();
        var diagnostics = builder.diagnostics.ToImmutableArray();
        var text = diagnostics.Any(d => d.Severity == Severity.Error) ? null : ProgramWriter.Write(root);
        return new PulumiProgram(text, diagnostics);
    }

    /// <summary>The graph being written.</summary>
    public ResourceGraph Graph => graph;

    private Node.Mapping Program()
    {
        foreach (var resource in graph.Resources.OrderBy(r => r.LogicalId, StringComparer.Ordinal))
        {
            Map(resource);
        }

        var parts = emitted.Where(e => e.Name != e.Owner).ToLookup(e => e.Owner, e => e.Name);
        var resources = new List<Node.Entry>();
        var names = emitted.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var e in emitted.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var owner = graph.Find(e.Owner);
            var after = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var other in e.References.Where(r => r != e.Owner))
            {
                after.UnionWith(parts[other]); // the whole of what CloudFormation holds in one resource exists first
            }

            foreach (var d in (owner?.DependsOn ?? []).Concat(e.DependsOn))
            {
                if (names.Contains(d))
                {
                    after.Add(d);
                    after.UnionWith(parts[d]);
                }
            }

            after.Remove(e.Name); // a part that depends on its owner is itself among the owner's parts

            resources.Add(new Node.Entry(e.Name, Node.Mapping.Ordered(
                ("type", Node.Text(e.Type)),
                ("properties", e.Properties.Entries.Length == 0 ? null : e.Properties),
                ("options", Options(after, e.RetainOnDelete)))));
        }

        var outputs = emitted.Where(e => e.Name == e.Owner && e.ArnOutput)
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => new Node.Entry(OutputName(e.Name), Node.Text("${" + e.Name + ".arn}")));
        return Node.Mapping.Ordered(
            ("name", Node.Text(graph.StackName)),
            ("runtime", Node.Text("yaml")),
            ("description", Node.Text(graph.Description ?? $"AWS Backup resources of the stack {graph.StackName} (written by Backup.Iac).")),
            ("config", Config()),
            ("variables", variables.Count == 0 ? null : new Node.Mapping([.. variables.Select(v => new Node.Entry(v, Node.Mapping.Ordered(
                ("fn::invoke", Node.Mapping.Ordered(
                    ("function", Node.Text(Invokes[v].Function)),
                    ("arguments", Node.Mapping.Empty),
                    ("return", Node.Text(Invokes[v].Return)))))))])),
            ("resources", new Node.Mapping([.. resources])),
            ("outputs", outputs.Any() ? new Node.Mapping([.. outputs]) : null));
    }

    private static string OutputName(string name) => new StringBuilder(name.Length + 3).Append(name.Where(char.IsAsciiLetterOrDigit).ToArray()).Append("Arn").ToString();

    private static Node.Mapping? Options(SortedSet<string> after, bool retain)
    {
        var options = Node.Mapping.Ordered(
            ("dependsOn", after.Count == 0 ? null : new Node.Sequence([.. after.Select(a => (Node)Node.Text("${" + a + "}"))])),
            ("retainOnDelete", retain ? new Node.Scalar(true) : null));
        return options.Entries.Length == 0 ? null : options;
    }

    private Node.Mapping? Config()
    {
        var entries = new List<Node.Entry>();
        if (graph.Region is { } region)
        {
            entries.Add(new Node.Entry("aws:region", Node.Mapping.Ordered(("value", Node.Text(region)))));
        }

        foreach (var p in parameters.Values)
        {
            entries.Add(new Node.Entry(p.Name, ConfigOf(p)) { Comment = p.Description });
        }

        return entries.Count == 0 ? null : new Node.Mapping([.. entries]);
    }

    /// <summary>A CloudFormation parameter as a Pulumi config declaration: Number is an integer, lists are arrays of strings, the rest strings.</summary>
    private Node.Mapping ConfigOf(Parameter p)
    {
        var isList = p.Type == "CommaDelimitedList" || p.Type.StartsWith("List<", StringComparison.Ordinal);
        Node? value = p.Default is not { } d ? null
            : isList ? new Node.Sequence([.. d.Split(',').Select(s => (Node)Node.Text(Escape(s.Trim())))])
            : p.Type == "Number" ? long.TryParse(d, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? new Node.Scalar(n) : null
            : Node.Text(Escape(d));
        if (p.Type == "Number" && p.Default is not null && value is null)
        {
            Report(PulumiLimits.Value, stackPath, null, $"The default of parameter {p.Name} ('{p.Default}')", "Pulumi config integers are whole numbers");
        }

        return Node.Mapping.Ordered(
            ("type", Node.Text(isList ? "array" : p.Type == "Number" ? "integer" : "string")),
            ("items", isList ? Node.Mapping.Ordered(("type", Node.Text("string"))) : null),
            ("default", value));
    }

    /// <summary>
    /// Maps one graph resource with the mapping of its type, then reports every property the mapping left; a type
    /// without a mapping gets the diagnostic of <see cref="PulumiMappings.Unsupported"/>, else <see cref="PulumiLimits.ResourceType"/>.
    /// </summary>
    private void Map(Resource resource)
    {
        if (!PulumiMappings.ByType.TryGetValue(resource.Type, out var mapping))
        {
            Report(PulumiMappings.Unsupported.GetValueOrDefault(resource.Type, PulumiLimits.ResourceType), ResourcePath(resource), null, resource.Type);
            return;
        }

        var context = new MappingContext(this, resource, mapping);
        mapping.Map(context);
        foreach (var (path, _) in context.Properties.Leftovers())
        {
            var left = PropertyReader.Indexed(path);
            Report(PulumiLimits.Property, context.Path, left, left, mapping.PulumiType);
        }
    }

    /// <summary>Adds a resource to the program.</summary>
    public void Add(Emitted resource) => emitted.Add(resource);

    /// <summary>The program variable that a pseudo parameter becomes (declared once), or null when it has none.</summary>
    public string? Variable(string pseudoParameter)
    {
        var variable = pseudoParameter switch
        {
            PseudoParameters.Partition => PartitionVariable,
            PseudoParameters.Region => RegionVariable,
            PseudoParameters.AccountId => AccountVariable,
            _ => null,
        };
        if (variable is not null)
        {
            variables.Add(variable);
        }

        return variable;
    }

    /// <summary>Declares a CloudFormation parameter as a config key (once); returns its name.</summary>
    public string ConfigKey(Parameter parameter)
    {
        parameters.TryAdd(parameter.Name, parameter);
        return parameter.Name;
    }

    /// <summary>Literal text: Pulumi YAML reads <c>$$</c> as <c>$</c> and <c>${</c> as the start of an interpolation.</summary>
    public static string Escape(string text) => text.Replace("$", "$$", StringComparison.Ordinal);

    /// <summary>The construct path of a resource (its <c>/Resource</c> suffix removed), below the stack's path.</summary>
    public string ResourcePath(Resource resource)
    {
        var path = resource.Path.EndsWith("/Resource", StringComparison.Ordinal) ? resource.Path[..^"/Resource".Length] : resource.Path;
        return path.Length == 0 ? stackPath : stackPath + "/" + path;
    }

    /// <summary>Reports a limit of the Pulumi output.</summary>
    public void Report(Constraint constraint, string path, string? property, params object[] args) =>
        diagnostics.Add(new Diagnostic(constraint.Code, constraint.Severity, path, string.Format(CultureInfo.InvariantCulture, constraint.Message, args))
        {
            Property = property,
            ConstraintId = constraint.ConstraintId,
        });
}
