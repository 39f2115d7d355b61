using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Backup.Iac.Catalog;
using Backup.Iac.Graph;
using Node = Backup.Iac.Emit.Pulumi.ProgramNode;

namespace Backup.Iac.Emit.Pulumi;

/// <summary>
/// Builds the Pulumi YAML program of one graph: maps every graph resource to the classic provider's resources (splitting
/// what CloudFormation keeps in one resource), turns references into <c>${name.output}</c> interpolations and reports
/// what cannot be expressed.
/// </summary>
internal sealed partial class ProgramBuilder
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
    private Resource current;
    private HashSet<string> referenced = new(StringComparer.Ordinal);

    private ProgramBuilder(ResourceGraph graph, string stackPath)
    {
        this.graph = graph;
        this.stackPath = stackPath;
        current = graph.Resources.FirstOrDefault() ?? new Resource("-", "-", "", MapValue.Empty);
    }

    public static PulumiProgram Build(ResourceGraph graph, string stackPath)
    {
        var builder = new ProgramBuilder(graph, stackPath);
        var root = builder.Program();
        var diagnostics = builder.diagnostics.ToImmutableArray();
        var text = diagnostics.Any(d => d.Severity == Severity.Error) ? null : ProgramWriter.Write(root);
        return new PulumiProgram(text, diagnostics);
    }

    /// <summary>One resource of the program, with what it refers to (to add the dependencies CloudFormation implies).</summary>
    private sealed record Emitted(string Name, string Type, Node.Mapping Properties, string Owner, IReadOnlySet<string> References)
    {
        public bool RetainOnDelete { get; init; }

        public ImmutableArray<string> DependsOn { get; init; } = [];
    }

    private Node.Mapping Program()
    {
        foreach (var resource in graph.Resources.OrderBy(r => r.LogicalId, StringComparer.Ordinal))
        {
            current = resource;
            referenced = new HashSet<string>(StringComparer.Ordinal);
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

        var outputs = emitted.Where(e => e.Name == e.Owner && PulumiTypes.WithArnOutput.Contains(e.Type))
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

    private void Map(Resource resource)
    {
        var r = new PropertyReader(resource.Properties);
        var retain = resource.RemovalPolicy == RemovalPolicy.Retain;
        switch (resource.Type)
        {
            case ResourceTypes.BackupVault:
                Add(PulumiTypes.Vault, Props(("name", Take(r, "BackupVaultName")), ("kmsKeyArn", Take(r, "EncryptionKeyArn")), ("tags", Take(r, "BackupVaultTags"))), retain);
                VaultParts(r, retain);
                Add(resource.LogicalId + "-lock", PulumiTypes.VaultLockConfiguration, r.Map("LockConfiguration") is { } lockConfig ? Props(
                    ("backupVaultName", VaultName()),
                    ("minRetentionDays", Take(lockConfig, "MinRetentionDays")),
                    ("maxRetentionDays", Take(lockConfig, "MaxRetentionDays")),
                    ("changeableForDays", Take(lockConfig, "ChangeableForDays"))) : null, retain);
                break;
            case ResourceTypes.LogicallyAirGappedBackupVault:
                Add(PulumiTypes.LogicallyAirGappedVault, Props(
                    ("name", Take(r, "BackupVaultName")), ("minRetentionDays", Take(r, "MinRetentionDays")), ("maxRetentionDays", Take(r, "MaxRetentionDays")),
                    ("encryptionKeyArn", Take(r, "EncryptionKeyArn")), ("tags", Take(r, "BackupVaultTags"))), retain);
                VaultParts(r, retain);
                if (r.Has("MpaApprovalTeamArn"))
                {
                    Report(PulumiLimits.MpaApprovalTeam, ResourcePath(resource), "MpaApprovalTeamArn");
                }

                break;
            case ResourceTypes.BackupPlan:
                Add(PulumiTypes.Plan, Plan(r), retain);
                break;
            case ResourceTypes.BackupSelection:
                Add(PulumiTypes.Selection, Selection(r), retain);
                break;
            case ResourceTypes.IamRole:
                Add(PulumiTypes.Role, Props(
                    ("assumeRolePolicy", Json(r, "AssumeRolePolicyDocument")), ("name", Take(r, "RoleName")), ("path", Take(r, "Path")),
                    ("description", Take(r, "Description")), ("maxSessionDuration", Take(r, "MaxSessionDuration")),
                    ("permissionsBoundary", Take(r, "PermissionsBoundary")), ("tags", Tags(r, "Tags"))), retain);
                Add(resource.LogicalId + "-policies", PulumiTypes.RolePolicyAttachments, r.Take("ManagedPolicyArns") is { } arns ? Props(
                    ("roleName", Node.Text("${" + resource.LogicalId + ".name}")),
                    ("policyArns", Expr(arns, "ManagedPolicyArns"))) : null, retain);
                break;
            case ResourceTypes.RestoreTestingPlan:
                var selection = r.Map("RecoveryPointSelection");
                Add(PulumiTypes.RestoreTestingPlan, Props(
                    ("name", Take(r, "RestoreTestingPlanName")), ("scheduleExpression", Take(r, "ScheduleExpression")),
                    ("scheduleExpressionTimezone", Take(r, "ScheduleExpressionTimezone")), ("startWindowHours", Take(r, "StartWindowHours")),
                    ("recoveryPointSelection", selection is null ? null : Props(
                        ("algorithm", Take(selection, "Algorithm")), ("includeVaults", Take(selection, "IncludeVaults")),
                        ("excludeVaults", Take(selection, "ExcludeVaults")), ("recoveryPointTypes", Take(selection, "RecoveryPointTypes")),
                        ("selectionWindowDays", Take(selection, "SelectionWindowDays")))),
                    ("tags", Tags(r, "Tags"))), retain);
                break;
            case ResourceTypes.RestoreTestingSelection:
                var conditions = r.Map("ProtectedResourceConditions");
                Add(PulumiTypes.RestoreTestingSelection, Props(
                    ("name", Take(r, "RestoreTestingSelectionName")), ("restoreTestingPlanName", Take(r, "RestoreTestingPlanName")),
                    ("protectedResourceType", Take(r, "ProtectedResourceType")), ("iamRoleArn", Take(r, "IamRoleArn")),
                    ("protectedResourceArns", Take(r, "ProtectedResourceArns")),
                    ("protectedResourceConditions", conditions is null ? null : Props(
                        ("stringEquals", KeyValues(conditions, "StringEquals", "Key", "Value")),
                        ("stringNotEquals", KeyValues(conditions, "StringNotEquals", "Key", "Value")))),
                    ("restoreMetadataOverrides", Take(r, "RestoreMetadataOverrides")), ("validationWindowHours", Take(r, "ValidationWindowHours"))), retain);
                break;
            case ResourceTypes.GlobalSettings:
                Add(PulumiTypes.GlobalSettings, Props(("globalSettings", Take(r, "GlobalSettings"))), retain);
                break;
            case ResourceTypes.RegionSettings:
                if (!r.Has("ResourceTypeOptInPreference"))
                {
                    Report(PulumiLimits.RegionOptIn, ResourcePath(resource), "ResourceTypeOptInPreference");
                }

                Add(PulumiTypes.RegionSettings, Props(
                    ("resourceTypeOptInPreference", Take(r, "ResourceTypeOptInPreference")),
                    ("resourceTypeManagementPreference", Take(r, "ResourceTypeManagementPreference"))), retain);
                break;
            case PulumiTypes.CfnFramework:
                Add(PulumiTypes.Framework, Framework(r), retain);
                break;
            case PulumiTypes.CfnReportPlan:
                var channel = r.Map("ReportDeliveryChannel");
                var setting = r.Map("ReportSetting");
                Add(PulumiTypes.ReportPlan, Props(
                    ("name", Take(r, "ReportPlanName")), ("description", Take(r, "ReportPlanDescription")), ("tags", Tags(r, "ReportPlanTags")),
                    ("reportDeliveryChannel", channel is null ? null : Props(
                        ("formats", Take(channel, "Formats")), ("s3BucketName", Take(channel, "S3BucketName")), ("s3KeyPrefix", Take(channel, "S3KeyPrefix")))),
                    ("reportSetting", setting is null ? null : Props(
                        ("reportTemplate", Take(setting, "ReportTemplate")), ("frameworkArns", Take(setting, "FrameworkArns")),
                        ("accounts", Take(setting, "Accounts")), ("organizationUnits", Take(setting, "OrganizationUnits")),
                        ("regions", Take(setting, "Regions"))))), retain);
                break;
            case PulumiTypes.CfnOrganizationsPolicy:
                Add(PulumiTypes.OrganizationsPolicy, Props(
                    ("name", Take(r, "Name")), ("type", Take(r, "Type")), ("content", Json(r, "Content")),
                    ("description", Take(r, "Description")), ("tags", Tags(r, "Tags"))), retain);
                PolicyAttachments(r, retain);
                break;
            case ResourceTypes.ServiceLinkedRole:
                Add(PulumiTypes.ServiceLinkedRole, Props(
                    ("awsServiceName", Take(r, "AWSServiceName")), ("customSuffix", Take(r, "CustomSuffix")), ("description", Take(r, "Description"))), retain);
                break;
            case ResourceTypes.ConfigurationRecorder:
                Add(PulumiTypes.Recorder, Recorder(r), retain);
                break;
            case ResourceTypes.ConfigDeliveryChannel:
                var snapshots = r.Map("ConfigSnapshotDeliveryProperties");
                Add(PulumiTypes.DeliveryChannel, Props(
                    ("name", Take(r, "Name")), ("s3BucketName", Take(r, "S3BucketName")), ("s3KeyPrefix", Take(r, "S3KeyPrefix")),
                    ("s3KmsKeyArn", Take(r, "S3KmsKeyArn")), ("snsTopicArn", Take(r, "SnsTopicARN")),
                    ("snapshotDeliveryProperties", snapshots is null ? null : Props(("deliveryFrequency", Take(snapshots, "DeliveryFrequency"))))), retain);
                RecorderStatus(retain);
                break;
            case ResourceTypes.StackSet:
                StackSet(r, retain);
                break;
            case ResourceTypes.LegalHold:
                Report(PulumiLimits.LegalHold, ResourcePath(resource), null);
                return;
            case ResourceTypes.TieringConfiguration:
                Report(PulumiLimits.TieringConfiguration, ResourcePath(resource), null);
                return;
            default:
                Report(PulumiLimits.ResourceType, ResourcePath(resource), null, resource.Type);
                return;
        }

        foreach (var left in r.Unused())
        {
            Report(PulumiLimits.Property, ResourcePath(resource), left, left, PulumiTypes.Main[resource.Type]);
        }
    }

    private Node.Sequence? KeyValues(PropertyReader map, string key, string keyName, string valueName) =>
        Items(map, key, item => Props(("key", Take(item, keyName)), ("value", Take(item, valueName))));

    private static Node.Sequence? Items(PropertyReader r, string key, Func<PropertyReader, Node> map) =>
        r.List(key) is { } items ? new Node.Sequence([.. items.Select(map)]) : null;

    private static Node.Mapping Props(params (string Key, Node? Value)[] entries) => Node.Mapping.Sorted(entries);

    private Node? Take(PropertyReader r, string key) => r.Take(key) is { } v ? Expr(v, Join(r.Prefix, key)) : null;

    private static string Join(string prefix, string key) => prefix.Length == 0 ? key : prefix + "." + key;

    /// <summary>A JSON document property: a string stays a string, a structure is built with <c>fn::toJSON</c> so it stays structured.</summary>
    private Node? Json(PropertyReader r, string key) => r.Take(key) switch
    {
        null => null,
        (MapValue or ListValue) and var v => Node.Mapping.Ordered(("fn::toJSON", Expr(v, Join(r.Prefix, key)))),
        var v => Expr(v, Join(r.Prefix, key)),
    };

    /// <summary>CloudFormation's tag lists (<c>[{Key, Value}]</c>) as the provider's tag maps; a map stays a map.</summary>
    private Node? Tags(PropertyReader r, string key)
    {
        var property = Join(r.Prefix, key);
        switch (r.Take(key))
        {
            case null:
                return null;
            case ListValue list:
                var entries = new List<(string, Node?)>();
                foreach (var (item, i) in list.Items.Select((item, i) => (item, i)))
                {
                    if (item is MapValue m && m.Entries.TryGetValue("Key", out var k) && k is StringValue { Text: var text } && m.Entries.TryGetValue("Value", out var v))
                    {
                        entries.Add((text, Expr(v, $"{property}[{i}].Value")));
                    }
                    else
                    {
                        Report(PulumiLimits.Value, ResourcePath(current), $"{property}[{i}]", $"{property}[{i}]", "a tag needs a literal Key and a Value to become a key of the provider's tag map");
                    }
                }

                return Props([.. entries]);
            case var other:
                return Expr(other, property);
        }
    }

    private void Add(string type, Node.Mapping properties, bool retain) => Add(current.LogicalId, type, properties, retain);

    private void Add(string name, string type, Node.Mapping? properties, bool retain)
    {
        if (properties is null)
        {
            return;
        }

        emitted.Add(new Emitted(name, type, properties, current.LogicalId, referenced) { RetainOnDelete = retain });
    }

    /// <summary>A graph value as Pulumi YAML.</summary>
    private Node Expr(Value value, string property) => value switch
    {
        StringValue s => Node.Text(Escape(s.Text)),
        NumberValue n => new Node.Scalar(n.Number),
        BoolValue b => new Node.Scalar(b.Flag),
        NullValue => new Node.Scalar(null),
        ListValue l => new Node.Sequence([.. l.Items.Select((item, i) => Expr(item, $"{property}[{i}]"))]),
        MapValue m => MapOf(m, property),
        JoinValue j => Node.Text(Interpolate(j, property)),
        OpaqueValue { Target: PulumiEmitter.Target } o => Expr(o.Expression, property),
        EmbeddedTemplateValue => throw new ArgumentException(
            $"{property} embeds a member template; resolve the graph with StackSetTemplates.Resolve (Backup.Iac.Emit.CloudFormation) before writing the Pulumi program, so that it holds the template's CloudFormation text.", nameof(value)),
        _ => Node.Text("${" + Access(value, property) + "}"),
    };

    private Node.Mapping MapOf(MapValue map, string property)
    {
        foreach (var key in map.Entries.Keys.Where(k => k.Contains('$', StringComparison.Ordinal) || k.StartsWith("fn::", StringComparison.OrdinalIgnoreCase)))
        {
            Report(PulumiLimits.Value, ResourcePath(current), property, $"The key '{key}'", "Pulumi YAML reads '$' and 'fn::' in keys as expressions");
        }

        return new Node.Mapping([.. map.Entries.Select(e => new Node.Entry(e.Key, Expr(e.Value, property + "." + e.Key)))]);
    }

    private string Interpolate(JoinValue join, string property)
    {
        var sb = new StringBuilder();
        foreach (var part in join.Parts)
        {
            switch (part)
            {
                case StringValue s:
                    sb.Append(Escape(s.Text));
                    break;
                case NumberValue n:
                    sb.Append(n.Number.ToString(CultureInfo.InvariantCulture));
                    break;
                case BoolValue b:
                    sb.Append(b.Flag ? "true" : "false");
                    break;
                case JoinValue nested:
                    sb.Append(Interpolate(nested, property));
                    break;
                default:
                    sb.Append("${").Append(Access(part, property)).Append('}');
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>The property access that a reference, an attribute, an environment value or a parameter becomes.</summary>
    private string Access(Value value, string property)
    {
        switch (value)
        {
            case ReferenceValue r when Resolve(r.LogicalId, null, property) is { } access:
                return access;
            case AttributeValue a when Resolve(a.LogicalId, a.Attribute, property) is { } access:
                return access;
            case PseudoParameterValue { Name: PseudoParameters.StackName }:
                return "pulumi.stack";
            case PseudoParameterValue p when p.Name switch
            {
                PseudoParameters.Partition => PartitionVariable,
                PseudoParameters.Region => RegionVariable,
                PseudoParameters.AccountId => AccountVariable,
                _ => null,
            } is { } variable:
                variables.Add(variable);
                return variable;
            case ParameterValue p:
                parameters.TryAdd(p.Declaration.Name, p.Declaration);
                return p.Declaration.Name;
            case ReferenceValue or AttributeValue:
                return "";
            default:
                Report(PulumiLimits.Value, ResourcePath(current), property, property, value is OpaqueValue o
                    ? $"it is a {o.Target} expression that Backup.Iac does not translate"
                    : $"a {value.GetType().Name} has no Pulumi form");
                return "";
        }
    }

    private string? Resolve(string logicalId, string? attribute, string property)
    {
        var target = graph.Find(logicalId);
        var what = attribute is null ? $"Ref {logicalId}" : $"Fn::GetAtt {logicalId}.{attribute}";
        if (target is null || !PulumiTypes.Outputs.TryGetValue(target.Type, out var outputs))
        {
            Report(PulumiLimits.Value, ResourcePath(current), property, property, target is null
                ? $"{what} names no resource of this stack"
                : $"{what} refers to a {target.Type}, which is not in the Pulumi program");
            return null;
        }

        var output = attribute is null ? outputs.Ref : outputs.Attributes.GetValueOrDefault(attribute);
        if (output is null)
        {
            Report(PulumiLimits.Value, ResourcePath(current), property, property, $"{what} has no counterpart among the outputs of {PulumiTypes.Main[target.Type]}");
            return null;
        }

        referenced.Add(logicalId);
        return logicalId + "." + output;
    }

    /// <summary>Literal text: Pulumi YAML reads <c>$$</c> as <c>$</c> and <c>${</c> as the start of an interpolation.</summary>
    private static string Escape(string text) => text.Replace("$", "$$", StringComparison.Ordinal);

    private string ResourcePath(Resource resource)
    {
        var path = resource.Path.EndsWith("/Resource", StringComparison.Ordinal) ? resource.Path[..^"/Resource".Length] : resource.Path;
        return path.Length == 0 ? stackPath : stackPath + "/" + path;
    }

    private void Report(Constraint constraint, string path, string? property, params object[] args) =>
        diagnostics.Add(new Diagnostic(constraint.Code, constraint.Severity, path, string.Format(CultureInfo.InvariantCulture, constraint.Message, args))
        {
            Property = property,
            ConstraintId = constraint.ConstraintId,
        });
}
