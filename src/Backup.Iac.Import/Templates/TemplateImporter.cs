using System.Collections.Immutable;
using System.Globalization;
using Backup.Iac.Catalog;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Kinds;
using Backup.Iac.Validation;

namespace Backup.Iac.Import;

/// <summary>A diagnostic with the place in the source file it points at.</summary>
/// <param name="Diagnostic">The diagnostic.</param>
/// <param name="At">The line and column, or null when the diagnostic has no place in the file.</param>
public sealed record SourceDiagnostic(Diagnostic Diagnostic, SourcePosition? At);

/// <summary>The AWS Backup resources of a template, read into a stack of a new app.</summary>
/// <param name="App">The app holding <paramref name="Stack"/>.</param>
/// <param name="Stack">The stack, one construct per imported resource, each keeping its logical ID.</param>
/// <param name="Locator">Where each construct and property is written in the file.</param>
/// <param name="Findings">What reading found: resource schema checks and resources kept as written.</param>
public sealed partial record ImportedTemplate(BackupApp App, BackupStack Stack, SourceLocator Locator, IReadOnlyList<SourceDiagnostic> Findings)
{
    /// <summary>
    /// Where a value is known only at deploy time (an <c>Fn::If</c> in place of a lifecycle, a statement list, ...) or
    /// has a shape the model cannot hold: <c>PATH#PROPERTY</c> (checks of that property and below it at that construct
    /// path are not reported, other checks there are), or <c>PATH</c> alone (no check at that construct path is reported).
    /// </summary>
    public IReadOnlySet<string> UnknownAt { get; init; } = new HashSet<string>();

    /// <summary>Whether a boolean of the template is chosen at deploy time (then lint reads it both ways).</summary>
    internal bool HasDeployTimeBooleans { get; init; }

    /// <summary>Whether a check reported at <paramref name="d"/>'s path and property needs a value <see cref="UnknownAt"/> marks.</summary>
    /// <remarks>Cost: the unknown properties at the diagnostic's path and at each of its ancestors, not all of them.</remarks>
    internal bool NeedsUnknownValue(Diagnostic d)
    {
        if (UnknownAt.Contains(d.Path))
        {
            return true;
        }

        var byPath = properties ??= UnknownAt.Where(u => u.Contains('#', StringComparison.Ordinal))
            .ToLookup(u => u[..u.IndexOf('#', StringComparison.Ordinal)], u => u[(u.IndexOf('#', StringComparison.Ordinal) + 1)..], StringComparer.Ordinal);
        if (d.Property is { } p && byPath[d.Path].Any(u => p == u || p.StartsWith(u + ".", StringComparison.Ordinal) || p.StartsWith(u + "[", StringComparison.Ordinal)))
        {
            return true;
        }

        // A sub-construct of an unknown property: Plan/Rules[Daily]/CopyActions[0] below Plan/Rules[Daily]#CopyActions.
        for (var slash = d.Path.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = d.Path.IndexOf('/', slash + 1))
        {
            var rest = d.Path[(slash + 1)..];
            if (byPath[d.Path[..slash]].Any(u => rest.StartsWith(u, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private ILookup<string, string>? properties;
}

/// <summary>
/// Reads the AWS Backup resources of a CloudFormation template into the model: each resource becomes the construct
/// the user would have written, with its logical ID kept. Values known only at deploy time (parameters, imports,
/// intrinsic functions) become tokens, never guesses: checks that need them are skipped. What the model cannot hold
/// is kept as written (<see cref="Construct.AddPropertyOverride"/>, <see cref="RawResource"/>), so that emitting the
/// stack again gives the same resources.
/// </summary>
public static partial class TemplateImporter
{
    /// <summary>Imports a parsed template.</summary>
    /// <param name="root">The document's root (a mapping with <c>Resources</c>).</param>
    /// <param name="stackId">The ID of the stack to create (e.g. the file name without extension).</param>
    /// <returns>The imported template, or null with <paramref name="problem"/> set when the document is not a template.</returns>
    /// <param name="problem">Why the document is not a template.</param>
    public static ImportedTemplate? Import(SourceNode root, string stackId, out SourceDiagnostic? problem) => Import(root, stackId, out problem, null, LintEnvironment.Unknown);

    /// <summary>
    /// Imports a parsed template, reading each boolean chosen at deploy time as <paramref name="deployTimeBooleansAre"/>
    /// (null: not set), into a stack of the given account and Region (unknown unless the user gives them).
    /// </summary>
    internal static ImportedTemplate? Import(SourceNode root, string stackId, out SourceDiagnostic? problem, bool? deployTimeBooleansAre, LintEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentException.ThrowIfNullOrWhiteSpace(stackId);
        problem = null;
        if (SourceLimits.TooDeep(root))
        {
            // The readers refuse such text; a tree built in code is refused here, before any recursive walk.
            problem = Finding(ImportConstraints.Unreadable, stackId, null, root.At, $"The document nests deeper than {SourceReader.MaxDepth} levels.");
            return null;
        }

        if (root is not SourceMapping template)
        {
            problem = Finding(ImportConstraints.NotATemplate, stackId, null, root.At, $"The document is {root.KindName}, not a mapping.");
            return null;
        }

        if (template["Resources"] is not SourceMapping resources)
        {
            problem = Finding(ImportConstraints.NotATemplate, stackId, null, template.Entry("Resources")?.KeyAt ?? template.At,
                template["Resources"] is null ? "It has no Resources section." : "Its Resources section is not a mapping.");
            return null;
        }

        var app = new BackupApp { TemplateWording = true }; // messages in CloudFormation terms
        var stack = app.AddStack(stackId, new BackupStackProps
        {
            Account = environment.Account,
            Region = environment.Region,
            Description = template["Description"] is SourceScalar { Kind: ScalarKind.Text } d ? d.Text : null,
        });
        var renamed = RenameInvalidIds(resources, stackId, out var idFindings);
        var reader = new Reader(stack, template, renamed, deployTimeBooleansAre);
        reader.Findings.AddRange(idFindings);
        reader.Run();
        reader.Findings.AddRange(TemplateChecks.Check(template, stack.Path, Reader.ChecksReferences));
        return new ImportedTemplate(app, stack, reader.Locator, reader.Findings) { UnknownAt = reader.Unknown, HasDeployTimeBooleans = reader.DeployTimeBooleans, Policies = reader.Policies, Recorders = reader.Recorders };
    }

    /// <summary>
    /// Resources whose logical ID CloudFormation rejects (not 1 to 255 ASCII letters and digits, cfn-lint E3001) are
    /// reported, and read under an ID of their letters and digits (made unique), with every Ref, Fn::GetAtt and DependsOn
    /// to them following, so that the checks inside them still run.
    /// </summary>
    private static SourceMapping RenameInvalidIds(SourceMapping resources, string stackId, out List<SourceDiagnostic> findings)
    {
        findings = [];
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = resources.Entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var e in resources.Entries.Where(e => !IsValidId(e.Key)))
        {
            var letters = new string([.. e.Key.Where(char.IsAsciiLetterOrDigit).Take(240)]);
            var name = letters.Length == 0 ? "Resource" : letters;
            for (var i = 2; taken.Contains(name); i++)
            {
                name = (letters.Length == 0 ? "Resource" : letters) + i.ToString(CultureInfo.InvariantCulture);
            }

            taken.Add(name);
            names[e.Key] = name;
            findings.Add(Finding(ImportConstraints.InvalidLogicalId, stackId + "/" + name, null, e.KeyAt, e.Key, name));
        }

        if (names.Count == 0)
        {
            return resources;
        }

        SourceNode Follow(SourceNode node) => node switch
        {
            SourceMapping { IntrinsicName: "Ref" } r when r["Ref"] is SourceScalar { Kind: ScalarKind.Text } t && names.TryGetValue(t.Text, out var to) =>
                r with { Entries = [r.Entries[0] with { Value = t with { Text = to } }] },
            SourceMapping { IntrinsicName: "Fn::GetAtt" } g when g["Fn::GetAtt"] is SourceSequence { Items: [SourceScalar id, ..] } list && names.TryGetValue(id.Text, out var to) =>
                g with { Entries = [g.Entries[0] with { Value = list with { Items = list.Items.SetItem(0, id with { Text = to }) } }] },
            SourceMapping { IntrinsicName: "Fn::GetAtt" } g when g["Fn::GetAtt"] is SourceScalar { Kind: ScalarKind.Text } s && s.Text.IndexOf('.', StringComparison.Ordinal) is var dot and > 0
                && names.TryGetValue(s.Text[..dot], out var to) =>
                g with { Entries = [g.Entries[0] with { Value = s with { Text = to + s.Text[dot..] } }] },
            SourceMapping m => m with { Entries = [.. m.Entries.Select(e => e with { Value = Follow(e.Value) })] },
            SourceSequence l => l with { Items = [.. l.Items.Select(Follow)] },
            _ => node,
        };

        SourceNode DependsOn(SourceNode node) => node switch
        {
            SourceScalar { Kind: ScalarKind.Text } s when names.TryGetValue(s.Text, out var to) => s with { Text = to },
            SourceSequence l => l with { Items = [.. l.Items.Select(DependsOn)] },
            _ => node,
        };

        return resources with
        {
            Entries = [.. resources.Entries.Select(e => new SourceEntry(names.GetValueOrDefault(e.Key, e.Key), e.KeyAt, e.Value is SourceMapping body
                ? body with { Entries = [.. body.Entries.Select(b => b.Key == "DependsOn" ? b with { Value = DependsOn(b.Value) } : b with { Value = Follow(b.Value) })] }
                : e.Value))],
        };
    }

    private static bool IsValidId(string id) => id.Length is > 0 and <= 255 && id.All(char.IsAsciiLetterOrDigit);

    internal static SourceDiagnostic Finding(Constraint c, string path, string? property, SourcePosition at, params object[] args) =>
        new(new Diagnostic(c.Code, c.Severity, path, string.Format(CultureInfo.InvariantCulture, c.Message, Validation.MessageText.Capped(args, Validation.MessageText.MaxArgument))) { Property = property, ConstraintId = c.ConstraintId }, at);

    /// <summary>The state of one import.</summary>
    private sealed partial class Reader
    {
        private static readonly Dictionary<string, string> Pseudo = new(StringComparer.Ordinal)
        {
            ["AWS::AccountId"] = PseudoParameters.AccountId,
            ["AWS::Region"] = PseudoParameters.Region,
            ["AWS::Partition"] = PseudoParameters.Partition,
            ["AWS::StackName"] = PseudoParameters.StackName,
        };

        private readonly BackupStack stack;
        private readonly SourceMapping resources;
        private readonly Dictionary<string, Parameter> parameters = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Construct> imported = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> types = new(StringComparer.Ordinal);

        private readonly bool? deployTimeBooleansAre;

        public Reader(BackupStack stack, SourceMapping template, SourceMapping resources, bool? deployTimeBooleansAre)
        {
            this.deployTimeBooleansAre = deployTimeBooleansAre;
            this.stack = stack;
            this.resources = resources;
            if (template["Parameters"] is SourceMapping declared)
            {
                foreach (var p in declared.Entries)
                {
                    var body = p.Value as SourceMapping;
                    parameters[p.Key] = new Parameter(p.Key)
                    {
                        Type = body?["Type"] is SourceScalar t ? t.Text : "String",
                        Default = body?["Default"] is SourceScalar { Kind: not ScalarKind.Null } v ? v.Text : null,
                        Description = body?["Description"] is SourceScalar { Kind: ScalarKind.Text } s ? s.Text : null,
                    };
                }
            }

            foreach (var r in resources.Entries)
            {
                if (r.Value is SourceMapping body && body["Type"] is SourceScalar { Kind: ScalarKind.Text } type)
                {
                    types[r.Key] = type.Text;
                }
            }
        }

        public SourceLocator Locator { get; } = new();

        public List<SourceDiagnostic> Findings { get; } = [];

        /// <summary>Whether a boolean was chosen at deploy time.</summary>
        public bool DeployTimeBooleans { get; private set; }

        /// <summary>A construct path as the user reads it: below the stack.</summary>
        private string Name(string path) => path.StartsWith(stack.Path + "/", StringComparison.Ordinal) ? path[(stack.Path.Length + 1)..] : path;

        /// <summary>The construct paths (and rule or copy sub-paths) where a value is known only at deploy time in place of a structure.</summary>
        public HashSet<string> Unknown { get; } = new(StringComparer.Ordinal);

        /// <summary>The construct paths of the AWS Config recorders read as <see cref="ResourceTracking"/> facts.</summary>
        public HashSet<string> Recorders { get; } = new(StringComparer.Ordinal);

        /// <summary>The construct paths of the backup policies read as <see cref="BackupPolicy"/> constructs.</summary>
        public HashSet<string> Policies => imported.Values.OfType<BackupPolicy>().Select(p => p.Path).ToHashSet(StringComparer.Ordinal);

        public void Run()
        {
            foreach (var entry in resources.Entries)
            {
                if (entry.Value is not SourceMapping body || !types.TryGetValue(entry.Key, out var type))
                {
                    continue;
                }

                if (type.StartsWith("AWS::Backup::", StringComparison.Ordinal) && ResourceSchemas.For(type) is null)
                {
                    var near = Spelling.Nearest(type, ResourceSchemas.BackupTypes);
                    Findings.Add(Finding(ImportConstraints.UnknownType, stack.Path + "/" + entry.Key, "Type", body["Type"]?.At ?? body.At, type, near is null ? "" : $" (did you mean '{near}'?)"));
                    continue;
                }

                if (IsRead(type, body))
                {
                    CheckAttributes(entry.Key, type, body);
                    CheckReferences(entry.Key, body);
                    foreach (var f in ResourceSchemas.Check(type, entry.Key, body["Properties"] as SourceMapping, entry.KeyAt))
                    {
                        Findings.Add(Finding(f.Constraint, stack.Path + "/" + entry.Key, f.Property.Length == 0 ? null : f.Property, f.At, f.Args));
                    }
                }
            }

            // The kinds in their import order: targets first (vaults), then what refers to them, so references resolve to constructs.
            foreach (var kind in ResourceKinds.All.Where(k => k.Imports && k.ImportOrder is not null).OrderBy(k => k.ImportOrder))
            {
                foreach (var entry in resources.Entries)
                {
                    if (entry.Value is SourceMapping body && types.TryGetValue(entry.Key, out var type) && ImporterOf(type) == kind && kind.Claims(body) && IsValidId(entry.Key))
                    {
                        ImportResource(kind, entry.Key, type, body, entry.KeyAt);
                    }
                }
            }

            // Then, in document order, the kinds read last (backup policies) and what no kind could read, kept as written.
            foreach (var entry in resources.Entries)
            {
                if (entry.Value is SourceMapping body && types.TryGetValue(entry.Key, out var type) && !imported.ContainsKey(entry.Key) && IsValidId(entry.Key) && IsRead(type, body))
                {
                    if (ImporterOf(type) is { ImportOrder: null } kind && kind.Claims(body))
                    {
                        var context = new ResourceContext(this, entry.Key, body, stack.Path + "/" + entry.Key, new ResourceState());
                        if (kind.Import(context) is { } built)
                        {
                            Adopt(kind, entry.Key, built, context.State, body, entry.KeyAt);
                            continue;
                        }

                        if (context.State.KeepRequested)
                        {
                            KeepRaw(entry.Key, type, body, entry.KeyAt, context.State.Why);
                            continue;
                        }
                    }

                    KeepRaw(entry.Key, type, body, entry.KeyAt, "what it refers to is not a resource of this template, or a required value is missing");
                }
            }

            // Last, the other resources the cross-resource checks read (buckets, topics, keys, ... and their policies), as facts only.
            foreach (var entry in resources.Entries)
            {
                if (entry.Value is not SourceMapping body || !types.TryGetValue(entry.Key, out var type) || imported.ContainsKey(entry.Key) || !IsValidId(entry.Key))
                {
                    continue;
                }

                if (Validation.Facts.ResourceFacts.Types.Contains(type))
                {
                    KeepFact(entry.Key, type, body);
                }
                else if (type == ResourceTypes.ConfigurationRecorder)
                {
                    KeepRecorder(entry.Key, body, entry.KeyAt);
                }
            }
        }

        /// <summary>
        /// Reads an AWS Config recorder as the resource tracking it declares (<see cref="ResourceTracking.FactOnly"/>), so
        /// that the prerequisite checks of frameworks (PRE-001..005) see it. What is unknown counts as recorded: no
        /// <c>RecordingGroup</c> (AWS Config then records every supported type), a strategy other than an inclusion list,
        /// or a deploy-time value. The delivery bucket is the template's <c>AWS::Config::DeliveryChannel</c>, if any.
        /// </summary>
        private void KeepRecorder(string logicalId, SourceMapping body, SourcePosition at)
        {
            var properties = body["Properties"] as SourceMapping;
            var group = properties?[CfnConfigurationRecorder.RecordingGroup];
            var types = (group as SourceMapping)?[CfnConfigurationRecorder.RecordingGroupProperty.ResourceTypes];
            var strategy = ((group as SourceMapping)?[CfnConfigurationRecorder.RecordingGroupProperty.RecordingStrategy] as SourceMapping)?[CfnConfigurationRecorder.RecordingStrategyProperty.UseOnly];
            var listed = group is SourceMapping { IntrinsicName: null } g
                && g[CfnConfigurationRecorder.RecordingGroupProperty.AllSupported] is null or SourceScalar { Kind: ScalarKind.Boolean or ScalarKind.Text } and not SourceScalar { Text: "true" or "True" }
                && strategy is null or SourceScalar { Text: "INCLUSION_BY_RESOURCE_TYPES" }
                && types is SourceSequence list && list.Items.All(i => i is SourceScalar { Kind: ScalarKind.Text });
            var channel = resources.Entries.Select(e => e.Value as SourceMapping).FirstOrDefault(b => b?["Type"] is SourceScalar { Text: ResourceTypes.ConfigDeliveryChannel });
            var bucket = channel is null ? null
                : channel["Properties"] is SourceMapping channelProperties && channelProperties[CfnDeliveryChannel.S3BucketName] is SourceScalar { Kind: ScalarKind.Text } literal ? literal.Text
                : Token.AsString(channel["Properties"] is SourceMapping c && c[CfnDeliveryChannel.S3BucketName] is { } name ? ToValue(name) : new StringValue(ResourceTypes.ConfigDeliveryChannel)); // deploy-time, or not readable: a channel exists
            var path = stack.Path + "/" + logicalId;
            var tracking = new ResourceTracking(stack, logicalId, new ResourceTrackingProps
            {
                AllSupported = !listed,
                ResourceTypes = listed ? [.. ((SourceSequence)types!).Items.Cast<SourceScalar>().Select(i => i.Text)] : [],
                DeliveryBucketName = bucket,
            })
            { FactOnly = true };
            imported[logicalId] = tracking;
            Locator.Add(path, null, at);
            Locator.Add(path, nameof(ResourceTrackingProps.ResourceTypes), (types ?? group)?.At ?? at);
            Recorders.Add(path);
        }

        /// <summary>
        /// Keeps a resource of another service as a fact for the cross-resource checks (<see cref="RawResource.FactOnly"/>:
        /// not lowered, not checked itself), read conservatively, so that what is unknown stays unknown: a property given
        /// by <c>Ref AWS::NoValue</c> is absent, as CloudFormation reads it; deploy-time values stay unresolved (the facts
        /// judge only literal values); a resource created under a <c>Condition</c>, or whose whole <c>Properties</c> are
        /// chosen at deploy time, is left out (a policy is kept, naming nothing, so that no check concludes there is none).
        /// </summary>
        private void KeepFact(string logicalId, string type, SourceMapping body)
        {
            var policy = Validation.Facts.ResourceFacts.IsPolicy(type);
            var whole = body["Properties"];
            var unknown = body["Condition"] is not null
                || whole is SourceMapping { IntrinsicName: not null } or not (null or SourceMapping)
                || whole is SourceMapping w && w.Entries.Any(e => e.Key.StartsWith("Fn::", StringComparison.Ordinal));
            if (unknown && !policy)
            {
                return;
            }

            var properties = !unknown && whole is SourceMapping p && WithoutNoValue(ToValue(p)) is MapValue m ? m : MapValue.Empty;
            stack.OverrideLogicalId(logicalId, logicalId);
            var dependsOn = body["DependsOn"] switch
            {
                SourceScalar { Kind: ScalarKind.Text } one => [one.Text],
                SourceSequence list => list.Items.OfType<SourceScalar>().Select(i => i.Text).ToArray(),
                _ => Array.Empty<string>(),
            };
            imported[logicalId] = new RawResource(stack, logicalId, type, properties) { FactOnly = true, DependsOn = dependsOn };
        }

        /// <summary>A value with every map entry and list item that is <c>Ref AWS::NoValue</c> removed.</summary>
        private static Value? WithoutNoValue(Value value) => value switch
        {
            OpaqueValue { Expression: MapValue { Entries.Count: 1 } e } when e.Entries.TryGetValue("Ref", out var r) && r is StringValue { Text: "AWS::NoValue" } => null,
            MapValue m => MapValue.Of(m.Entries.Select(e => new KeyValuePair<string, Value?>(e.Key, WithoutNoValue(e.Value))).Where(e => e.Value is not null)),
            ListValue l => new ListValue([.. l.Items.Select(WithoutNoValue).OfType<Value>()]),
            _ => value,
        };

        private static readonly string[] Attributes = ["Type", "Properties", "DependsOn", "DeletionPolicy", "UpdateReplacePolicy", "Condition", "Metadata", "CreationPolicy", "UpdatePolicy"];

        /// <summary>The resource's own keys and policies, as cfn-lint checks them (E3001, E3035, E3036).</summary>
        private void CheckAttributes(string logicalId, string type, SourceMapping body)
        {
            var path = stack.Path + "/" + logicalId;
            foreach (var e in body.Entries.Where(e => !Attributes.Contains(e.Key, StringComparer.Ordinal)))
            {
                var near = Spelling.Nearest(e.Key, Attributes);
                Findings.Add(Finding(ImportConstraints.UnknownProperty, path, e.Key, e.KeyAt, $"Resource {logicalId} ({type})", e.Key, near is null ? " (a resource has Type, Properties and the resource attributes)" : $" (did you mean '{near}'?)"));
            }

            foreach (var key in new[] { "DeletionPolicy", "UpdateReplacePolicy" })
            {
                string[] allowed = key == "DeletionPolicy" ? ["Delete", "Retain", "RetainExceptOnCreate", "Snapshot"] : ["Delete", "Retain", "Snapshot"];
                if (body[key] is SourceScalar { Kind: ScalarKind.Text } policy && !allowed.Contains(policy.Text, StringComparer.Ordinal))
                {
                    var near = allowed.FirstOrDefault(a => string.Equals(a, policy.Text, StringComparison.OrdinalIgnoreCase)) ?? Spelling.Nearest(policy.Text, allowed);
                    Findings.Add(Finding(ImportConstraints.NotAllowedValue, path, key, policy.At, $"{key} of resource {logicalId}", policy.Text, string.Join(", ", allowed), near is null ? "" : $" (did you mean '{near}'?)"));
                }
            }
        }

        /// <summary>Ref, Fn::GetAtt and DependsOn of a resource name something the template declares (cfn-lint E1012, E1010, E3005).</summary>
        private void CheckReferences(string logicalId, SourceMapping body)
        {
            var path = stack.Path + "/" + logicalId;
            var subject = $"Resource {logicalId}";
            void Undefined(string name, SourcePosition at, string property)
            {
                var near = Spelling.Nearest(name, parameters.Keys.Concat(types.Keys));
                Findings.Add(Finding(ImportConstraints.UndefinedReference, path, property, at, subject, name, near is null ? "" : $" (did you mean '{near}'?)"));
            }

            var dependsOn = body["DependsOn"] is SourceSequence list ? list.Items : body["DependsOn"] is { } one ? [one] : [];
            foreach (var d in dependsOn.OfType<SourceScalar>().Where(d => !types.ContainsKey(d.Text)))
            {
                Undefined(d.Text, d.At, "DependsOn");
            }

            // The property path is built only for a finding: a path rebuilt at every node costs quadratic time under long
            // keys and long lists. The walk stops at the document's nesting limit (the readers refuse deeper input).
            void Walk(SourceNode? node, PropertyPath? at, int depth)
            {
                if (depth > SourceReader.MaxDepth)
                {
                    return;
                }

                switch (node)
                {
                    case SourceMapping { IntrinsicName: "Ref" } r when r["Ref"] is SourceScalar { Kind: ScalarKind.Text } name:
                        if (!parameters.ContainsKey(name.Text) && !types.ContainsKey(name.Text) && !name.Text.StartsWith("AWS::", StringComparison.Ordinal))
                        {
                            Undefined(name.Text, name.At, PropertyPath.Render(at));
                        }

                        break;
                    case SourceMapping { IntrinsicName: "Fn::GetAtt" } g when ImportContext.GetAtt(g) is ({ } id, { } attribute):
                        if (!types.TryGetValue(id, out var targetType))
                        {
                            Undefined(id, g.At, PropertyPath.Render(at));
                        }
                        else if (ResourceSchemas.Attributes(targetType) is { } attributes && !attributes.Contains(attribute, StringComparer.Ordinal))
                        {
                            Findings.Add(Finding(ImportConstraints.UnknownAttribute, path, PropertyPath.Render(at), g.At, subject, id, targetType, attribute,
                                attributes.Count == 0 ? "no attribute" : string.Join(", ", attributes)));
                        }

                        break;
                    case SourceMapping m:
                        foreach (var e in m.Entries)
                        {
                            Walk(e.Value, new PropertyPath(at, e.Key, -1), depth + 1);
                        }

                        break;
                    case SourceSequence l:
                        for (var i = 0; i < l.Items.Length; i++)
                        {
                            Walk(l.Items[i], new PropertyPath(at, null, i), depth + 1);
                        }

                        break;
                }
            }

            Walk(body["Properties"], null, 0);
        }

        /// <summary>Whether <see cref="CheckReferences"/> checks the resource's Ref, Fn::GetAtt and DependsOn (the template-level checks do the others).</summary>
        public static bool ChecksReferences(string logicalId, SourceMapping body) =>
            body["Type"] is SourceScalar { Kind: ScalarKind.Text } type && IsRead(type.Text, body);

        /// <summary>
        /// Whether the resource is one lint reads (checks, and reads into the model or keeps as written): an AWS Backup type
        /// with a schema, or another type a kind imports and claims (a backup policy among the Organizations policies).
        /// </summary>
        private static bool IsRead(string type, SourceMapping body) =>
            type.StartsWith("AWS::Backup::", StringComparison.Ordinal) ? ResourceSchemas.For(type) is not null
            : ImporterOf(type) is { } kind && kind.Claims(body);

        private void KeepRaw(string logicalId, string type, SourceMapping body, SourcePosition at, string? why)
        {
            stack.OverrideLogicalId(logicalId, logicalId);
            var properties = body["Properties"] is SourceMapping p
                ? ToValue(p) switch { MapValue m => m, OpaqueValue { Expression: MapValue e } => e, _ => MapValue.Empty }
                : MapValue.Empty;
            var raw = stack.AddRawResource(logicalId, type, properties);
            ApplyDeletionPolicy(raw, body);
            imported[logicalId] = raw;
            Locator.Add(raw.Path, null, at);
            if (why is not null)
            {
                Findings.Add(Finding(ImportConstraints.NotModelled, raw.Path, null, at, $"{logicalId} ({type})", why));
            }
        }

        private void ImportResource(ResourceKind kind, string logicalId, string type, SourceMapping body, SourcePosition at)
        {
            if (body["Properties"] is SourceMapping whole && (whole.IntrinsicName is not null || whole.Entries.Any(e => e.Key.StartsWith("Fn::", StringComparison.Ordinal))))
            {
                KeepRaw(logicalId, type, body, at, "its properties are chosen at deploy time (an intrinsic function such as Fn::If or Fn::Transform in place of Properties)");
                return;
            }

            if (body["DeletionPolicy"] is SourceMapping)
            {
                KeepRaw(logicalId, type, body, at, "its DeletionPolicy is chosen at deploy time");
                return;
            }

            var context = new ResourceContext(this, logicalId, body, stack.Path + "/" + logicalId, new ResourceState());
            if (kind.Import(context) is { } built)
            {
                Adopt(kind, logicalId, built, context.State, body, at);
            }
            else if (context.State.KeepRequested)
            {
                KeepRaw(logicalId, type, body, at, context.State.Why);
            }
        }

        /// <summary>Takes the construct a kind read: the values it kept as written, the deletion policy (unless the kind read it), its place in the file.</summary>
        private void Adopt(ResourceKind kind, string logicalId, Construct built, ResourceState state, SourceMapping body, SourcePosition at)
        {
            foreach (var (p, v) in state.Pending)
            {
                built.AddPropertyOverride(p, v);
            }

            if (!kind.ImportsDeletionPolicy)
            {
                ApplyDeletionPolicy(built, body);
            }

            imported[logicalId] = built;
            Locator.Add(built.Path, null, at);
        }

        private static void ApplyDeletionPolicy(Construct construct, SourceMapping body)
        {
            if (DeletionPolicy(body) is { } policy)
            {
                construct.ApplyRemovalPolicy(policy);
            }
        }

        private static RemovalPolicy? DeletionPolicy(SourceMapping body) => body["DeletionPolicy"] is SourceScalar { Kind: ScalarKind.Text } s
            ? s.Text is "Retain" or "RetainExceptOnCreate" or "Snapshot" ? RemovalPolicy.Retain : RemovalPolicy.Destroy
            : null;
    }
}
