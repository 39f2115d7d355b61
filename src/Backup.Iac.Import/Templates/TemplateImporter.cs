using System.Collections.Immutable;
using System.Globalization;
using Backup.Iac.Catalog;
using Backup.Iac.Graph;
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
        return new ImportedTemplate(app, stack, reader.Locator, reader.Findings) { UnknownAt = reader.Unknown, HasDeployTimeBooleans = reader.DeployTimeBooleans, Policies = reader.Policies };
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

        /// <summary>The construct path (or sub-path) being read, for <see cref="Unknown"/>.</summary>
        private string current = "";

        /// <summary>Why the resource being read is kept as written, when the reader says so.</summary>
        private string? rawReason;

        /// <summary>Overrides to apply to the construct being built, as (path below Properties, raw value).</summary>
        private List<(string Path, Value Value)> pending = [];

        public void Run()
        {
            // Targets first (vaults), then what refers to them, so references resolve to constructs.
            string[] order =
            [
                ResourceTypes.BackupVault, ResourceTypes.LogicallyAirGappedBackupVault, ResourceTypes.BackupPlan, ResourceTypes.BackupSelection,
                ResourceTypes.RestoreTestingPlan, ResourceTypes.RestoreTestingSelection, ResourceTypes.LegalHold, ResourceTypes.TieringConfiguration,
                ResourceTypes.Framework, ResourceTypes.ReportPlan,
            ];
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

                if (type.StartsWith("AWS::Backup::", StringComparison.Ordinal) || IsBackupPolicy(type, body))
                {
                    CheckAttributes(entry.Key, type, body);
                    CheckReferences(entry.Key, body);
                    foreach (var f in ResourceSchemas.Check(type, entry.Key, body["Properties"] as SourceMapping, entry.KeyAt))
                    {
                        Findings.Add(Finding(f.Constraint, stack.Path + "/" + entry.Key, f.Property.Length == 0 ? null : f.Property, f.At, f.Args));
                    }
                }
            }

            foreach (var type in order)
            {
                foreach (var entry in resources.Entries)
                {
                    if (entry.Value is SourceMapping body && types.GetValueOrDefault(entry.Key) == type && IsValidId(entry.Key))
                    {
                        ImportResource(entry.Key, type, body, entry.KeyAt);
                    }
                }
            }

            foreach (var entry in resources.Entries)
            {
                if (entry.Value is SourceMapping body && types.TryGetValue(entry.Key, out var type) && !imported.ContainsKey(entry.Key) && IsValidId(entry.Key)
                    && (type.StartsWith("AWS::Backup::", StringComparison.Ordinal) && ResourceSchemas.For(type) is not null || IsBackupPolicy(type, body)))
                {
                    if (IsBackupPolicy(type, body) && BackupPolicyOf(entry.Key, body, entry.KeyAt) is not null)
                    {
                        continue; // read as the BackupPolicy construct: all its checks run
                    }

                    if (IsBackupPolicy(type, body))
                    {
                        // Kept as written (its Content is built at deploy time); what can be read of it is checked on its own.
                        KeepRaw(entry.Key, type, body, entry.KeyAt, null);
                        if (((SourceMapping)body["Properties"]!)["Content"] is { } content)
                        {
                            Findings.AddRange(PolicyLint.Check(content, stack.Path + "/" + entry.Key, "Content"));
                        }

                        continue;
                    }

                    KeepRaw(entry.Key, type, body, entry.KeyAt, "what it refers to is not a resource of this template, or a required value is missing");
                }
            }
        }

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
                    case SourceMapping { IntrinsicName: "Fn::GetAtt" } g when GetAtt(g) is ({ } id, { } attribute):
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
            body["Type"] is SourceScalar { Kind: ScalarKind.Text } type
            && (type.Text.StartsWith("AWS::Backup::", StringComparison.Ordinal) && ResourceSchemas.For(type.Text) is not null || IsBackupPolicy(type.Text, body));

        private static bool IsBackupPolicy(string type, SourceMapping body) =>
            type == "AWS::Organizations::Policy" && body["Properties"] is SourceMapping p && p["Type"] is SourceScalar { Text: "BACKUP_POLICY" };

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

        private void ImportResource(string logicalId, string type, SourceMapping body, SourcePosition at)
        {
            var properties = body["Properties"] as SourceMapping ?? new SourceMapping(body.At, []);
            pending = [];
            rawReason = null;
            current = stack.Path + "/" + logicalId;
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

            var path = stack.Path + "/" + logicalId;
            Construct? built = type switch
            {
                _ when type == ResourceTypes.BackupVault => Vault(logicalId, properties, path, body),
                _ when type == ResourceTypes.LogicallyAirGappedBackupVault => AirGappedVault(logicalId, properties, path, body),
                _ when type == ResourceTypes.BackupPlan => Plan(logicalId, properties, path),
                _ when type == ResourceTypes.BackupSelection => Selection(logicalId, properties),
                _ when type == ResourceTypes.RestoreTestingPlan => RestoreTestingPlan(logicalId, properties, path),
                _ when type == ResourceTypes.RestoreTestingSelection => RestoreTestingSelection(logicalId, properties),
                _ when type == ResourceTypes.LegalHold => LegalHold(logicalId, properties, path, body),
                _ when type == ResourceTypes.TieringConfiguration => Tiering(logicalId, properties, path),
                _ when type == ResourceTypes.Framework => Framework(logicalId, properties, path),
                _ when type == ResourceTypes.ReportPlan => ReportPlan(logicalId, properties, path),
                _ => null,
            };
            if (built is null)
            {
                if (rawReason is not null)
                {
                    KeepRaw(logicalId, type, body, at, rawReason);
                }

                return;
            }

            foreach (var (p, v) in pending)
            {
                built.AddPropertyOverride(p, v);
            }

            if (type != ResourceTypes.BackupVault && type != ResourceTypes.LogicallyAirGappedBackupVault && type != ResourceTypes.LegalHold)
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

        // ---------------------------------------------------------------- vaults

        private BackupVault Vault(string logicalId, SourceMapping p, string path, SourceMapping body)
        {
            var props = new BackupVaultProps
            {
                BackupVaultName = Text(p, "BackupVaultName", path, "BackupVaultName", "BackupVaultName"),
                EncryptionKeyArn = Text(p, "EncryptionKeyArn", path, "EncryptionKeyArn", "EncryptionKeyArn"),
                Tags = StringMap(p, "BackupVaultTags", path, "Tags", "BackupVaultTags"),
                AccessPolicy = AccessPolicy(p, path),
                Notifications = Notifications(p, path),
                Lock = Lock(p, path),
                RemovalPolicy = DeletionPolicy(body) ?? RemovalPolicy.Destroy,
            };
            stack.OverrideLogicalId(logicalId, logicalId);
            return stack.AddVault(logicalId, props);
        }

        private LogicallyAirGappedBackupVault? AirGappedVault(string logicalId, SourceMapping p, string path, SourceMapping body)
        {
            if (Days(p, "MinRetentionDays", path, "MinRetention", "MinRetentionDays") is not { } min
                || Days(p, "MaxRetentionDays", path, "MaxRetention", "MaxRetentionDays") is not { } max)
            {
                return null; // required: the schema check reports it; kept as written
            }

            var props = new LogicallyAirGappedBackupVaultProps
            {
                BackupVaultName = Text(p, "BackupVaultName", path, "BackupVaultName", "BackupVaultName"),
                MinRetention = min,
                MaxRetention = max,
                EncryptionKeyArn = Text(p, "EncryptionKeyArn", path, "EncryptionKeyArn", "EncryptionKeyArn"),
                MpaApprovalTeamArn = Text(p, "MpaApprovalTeamArn", path, "MpaApprovalTeamArn", "MpaApprovalTeamArn"),
                Tags = StringMap(p, "BackupVaultTags", path, "Tags", "BackupVaultTags"),
                AccessPolicy = AccessPolicy(p, path),
                Notifications = Notifications(p, path),
                RemovalPolicy = DeletionPolicy(body) ?? RemovalPolicy.Destroy,
            };
            if (p["VaultType"] is { } vaultType)
            {
                Keep("VaultType", vaultType, "VaultType"); // read-only (returned by CloudFormation) but accepted: written back as is
            }

            stack.OverrideLogicalId(logicalId, logicalId);
            return stack.AddLogicallyAirGappedVault(logicalId, props);
        }

        private VaultAccessPolicy? AccessPolicy(SourceMapping p, string path)
        {
            var node = p["AccessPolicy"];
            switch (node)
            {
                case null or SourceScalar { Kind: ScalarKind.Null }:
                    return null;
                case SourceMapping { IntrinsicName: not null }:
                    Keep("AccessPolicy", node, "AccessPolicy", $"The access policy of {Name(path)}");
                    return null;
                case SourceMapping document when document["Statement"] is SourceMapping { IntrinsicName: not null }
                    || document["Statement"] is SourceSequence statements && statements.Items.Any(s => s is SourceMapping { IntrinsicName: not null }):
                    Keep("AccessPolicy", node, "AccessPolicy"); // statements chosen at deploy time
                    return null;
                case SourceMapping document:
                    Locator.Add(path, "AccessPolicy", node.At);
                    Locator.Add(path, "AccessPolicy.Json", node.At);
                    return VaultAccessPolicy.FromJson(JsonWithTokens(document));
                case SourceScalar { Kind: ScalarKind.Text } text:
                    Locator.Add(path, "AccessPolicy", node.At);
                    Locator.Add(path, "AccessPolicy.Json", node.At);
                    return VaultAccessPolicy.FromJson(text.Text);
                default:
                    return null; // wrong type: reported by the schema check
            }
        }

        private VaultNotifications? Notifications(SourceMapping p, string path)
        {
            if (Object(p, "Notifications", "Notifications", "Notifications") is not { } n)
            {
                return null;
            }

            Locator.Add(path, "Notifications", n.At);
            if (n["BackupVaultEvents"] is not SourceSequence eventList || eventList.Items.Any(e => e is SourceMapping) || n["SNSTopicArn"] is null or SourceSequence)
            {
                Keep("Notifications", n, "Notifications"); // events chosen at deploy time (or a shape the schema check reports): kept as written
                return null;
            }

            var topic = Text(n, "SNSTopicArn", path, "Notifications.TopicArn", "Notifications.SNSTopicArn");
            var events = StringList(n, "BackupVaultEvents", path, "Notifications.Events", "Notifications.BackupVaultEvents");
            return topic is null || events is null ? null : new VaultNotifications { TopicArn = topic, Events = [.. events.Select(BackupVaultEvent.Of)] };
        }

        private VaultLock? Lock(SourceMapping p, string path)
        {
            if (Object(p, "LockConfiguration", "LockConfiguration", "Lock") is not { } l)
            {
                return null;
            }

            Locator.Add(path, "Lock", l.At);
            var changeable = Days(l, "ChangeableForDays", path, "Lock.ChangeableFor", "LockConfiguration.ChangeableForDays");
            return new VaultLock
            {
                Mode = changeable is null ? VaultLockMode.Governance : VaultLockMode.Compliance,
                MinRetention = Days(l, "MinRetentionDays", path, "Lock.MinRetention", "LockConfiguration.MinRetentionDays"),
                MaxRetention = Days(l, "MaxRetentionDays", path, "Lock.MaxRetention", "LockConfiguration.MaxRetentionDays"),
                ChangeableFor = changeable,

                // The template states ChangeableForDays itself: that is the author's explicit choice of compliance mode.
                Acknowledgement = changeable is null ? default : ComplianceLockAcknowledgement.IrreversibleAfterGraceTime,
            };
        }

        // ---------------------------------------------------------------- plans

        private BackupPlan? Plan(string logicalId, SourceMapping p, string path)
        {
            if (Object(p, "BackupPlan", "BackupPlan") is not { } body)
            {
                return null;
            }

            Locator.Add(path, "BackupPlanName", body["BackupPlanName"]?.At ?? body.At);
            var rules = new List<BackupPlanRule>();
            var ruleNodes = body["BackupPlanRule"];
            if (ruleNodes is SourceMapping { IntrinsicName: not null })
            {
                Keep("BackupPlan.BackupPlanRule", ruleNodes, null, $"The rules of {Name(path)}");
            }
            else if (ruleNodes is SourceSequence list)
            {
                for (var i = 0; i < list.Items.Length; i++)
                {
                    if (list.Items[i] is SourceMapping { IntrinsicName: null } rule)
                    {
                        rules.Add(Rule(rule, path, i, $"BackupPlan.BackupPlanRule.{i}"));
                    }
                    else
                    {
                        current = path; // the plan: its checks of all rules cannot see this one
                        Keep($"BackupPlan.BackupPlanRule.{i}", list.Items[i], null, $"Rule {i} of {Name(path)}");
                    }
                }
            }

            var props = new BackupPlanProps
            {
                BackupPlanName = Text(body, "BackupPlanName", path, "BackupPlanName", "BackupPlan.BackupPlanName"),
                Rules = rules,
                AdvancedBackupSettings = Items(body, "AdvancedBackupSettings", "BackupPlan.AdvancedBackupSettings", (s, i) =>
                    Text(s, "ResourceType", path, $"AdvancedBackupSettings[{i}]", null) is { } type
                    && StringMap(s, "BackupOptions", path, $"AdvancedBackupSettings[{i}].BackupOptions", $"BackupPlan.AdvancedBackupSettings.{i}.BackupOptions") is { } options
                        ? new AdvancedBackupSetting(type, options) : null),
                ScanSettings = Items(body, "ScanSettings", "BackupPlan.ScanSettings", (s, i) =>
                    Text(s, "MalwareScanner", path, $"ScanSettings[{i}]", null) is { } scanner
                    && StringList(s, "ResourceTypes", path, $"ScanSettings[{i}].ResourceTypes", $"BackupPlan.ScanSettings.{i}.ResourceTypes") is { } typesList
                    && Text(s, "ScannerRoleArn", path, $"ScanSettings[{i}].ScannerRoleArn", null) is { } role
                        ? new ScanSetting(scanner, typesList, role) : null),
                Tags = StringMap(p, "BackupPlanTags", path, "Tags", "BackupPlanTags"),
            };
            stack.OverrideLogicalId(logicalId, logicalId);
            return stack.AddPlan(logicalId, props);
        }

        private BackupPlanRule Rule(SourceMapping r, string planPath, int index, string at)
        {
            var name = (r["RuleName"] is { } n ? StringOf(n) : null) ?? $"{planPath[(planPath.LastIndexOf('/') + 1)..]}Rule{index}";
            var path = $"{planPath}/Rules[{name}]";
            current = path;
            Locator.Add(path, null, r.At);
            if (r["RuleName"] is { } ruleNameNode)
            {
                Locator.Add(path, "RuleName", ruleNameNode.At);
            }

            var copies = new List<CopyAction>();
            var copyNodes = r["CopyActions"];
            if (copyNodes is SourceMapping { IntrinsicName: not null })
            {
                Keep(at + ".CopyActions", copyNodes, "CopyActions", $"The copy actions of rule {name}");
            }
            else if (copyNodes is SourceSequence list)
            {
                Locator.Add(path, "CopyActions", list.At);
                for (var i = 0; i < list.Items.Length; i++)
                {
                    var copyPath = $"{path}/CopyActions[{i}]";
                    current = copyPath;
                    if (list.Items[i] is SourceMapping { IntrinsicName: null } c && c["DestinationBackupVaultArn"] is { } destination
                        && VaultOf(destination, byArn: true) is { } vault)
                    {
                        Locator.Add(copyPath, null, c.At);
                        Locator.Add(copyPath, "Destination", destination.At);
                        Locator.Add(path, $"CopyActions[{i}]", c.At);
                        copies.Add(new CopyAction { Destination = vault, Lifecycle = Lifecycle(c, copyPath, $"{at}.CopyActions.{i}.Lifecycle") });
                    }
                    else
                    {
                        current = path;
                        Keep($"{at}.CopyActions.{i}", list.Items[i], $"CopyActions[{i}]", $"Copy action {i} of rule {name}");
                    }
                }
            }

            current = path;
            var vaultNode = r["TargetBackupVault"];
            var lagNode = r["TargetLogicallyAirGappedBackupVaultArn"];
            if (vaultNode is not null)
            {
                Locator.Add(path, "Vault", vaultNode.At);
            }

            if (lagNode is not null)
            {
                Locator.Add(path, "LogicallyAirGappedVault", lagNode.At);
            }

            return new BackupPlanRule
            {
                RuleName = r["RuleName"] is null ? null : name,
                Vault = vaultNode is null ? null : VaultOf(vaultNode, byArn: false),
                LogicallyAirGappedVault = lagNode is null ? null : VaultOf(lagNode, byArn: true),
                Schedule = Text(r, "ScheduleExpression", path, "Schedule", null) is { } schedule ? Schedule.FromExpression(schedule) : null,
                ScheduleTimeZone = Text(r, "ScheduleExpressionTimezone", path, "ScheduleTimeZone", null),
                StartWindow = Minutes(r, "StartWindowMinutes", path, "StartWindow", at + ".StartWindowMinutes"),
                CompletionWindow = Minutes(r, "CompletionWindowMinutes", path, "CompletionWindow", at + ".CompletionWindowMinutes"),
                Lifecycle = Lifecycle(r, path, at + ".Lifecycle"),
                EnableContinuousBackup = Bool(r, "EnableContinuousBackup", path, "EnableContinuousBackup", at + ".EnableContinuousBackup") ?? false,
                CopyActions = copies,
                RecoveryPointTags = StringMap(r, "RecoveryPointTags", path, "RecoveryPointTags", at + ".RecoveryPointTags"),
                IndexActions = Items(r, "IndexActions", at + ".IndexActions", (a, i) =>
                    StringList(a, "ResourceTypes", path, $"IndexActions[{i}]", $"{at}.IndexActions.{i}.ResourceTypes") is { } typesList ? new IndexAction(typesList) : null),
                ScanActions = Items(r, "ScanActions", at + ".ScanActions", (a, i) =>
                    Text(a, "MalwareScanner", path, $"ScanActions[{i}]", null) is { } scanner && Text(a, "ScanMode", path, $"ScanActions[{i}].ScanMode", null) is { } mode
                        ? new ScanAction(scanner, mode) : null),
            };
        }

        private Lifecycle? Lifecycle(SourceMapping owner, string path, string at)
        {
            var node = owner["Lifecycle"];
            if (node is SourceMapping { IntrinsicName: not null })
            {
                Keep(at, node, "Lifecycle", $"The lifecycle of {Name(path)}");
                return null;
            }

            if (node is not SourceMapping l)
            {
                return null;
            }

            Locator.Add(path, "Lifecycle", l.At);
            return new Lifecycle
            {
                DeleteAfter = Days(l, "DeleteAfterDays", path, "Lifecycle.DeleteAfter", at + ".DeleteAfterDays"),
                MoveToColdStorageAfter = Days(l, "MoveToColdStorageAfterDays", path, "Lifecycle.MoveToColdStorageAfter", at + ".MoveToColdStorageAfterDays"),
                OptInToArchiveForSupportedResources = Bool(l, "OptInToArchiveForSupportedResources", path, "Lifecycle.OptInToArchiveForSupportedResources", at + ".OptInToArchiveForSupportedResources"),
            };
        }

        /// <summary>A vault written as a reference to a vault of this template, or by name or ARN.</summary>
        private IBackupVault? VaultOf(SourceNode node, bool byArn)
        {
            if (node is SourceMapping { IntrinsicName: "Ref" } reference && reference["Ref"] is SourceScalar r && imported.GetValueOrDefault(r.Text) is IBackupVault v)
            {
                return v;
            }

            if (GetAtt(node) is ({ } id, "BackupVaultName" or "BackupVaultArn") && imported.GetValueOrDefault(id) is IBackupVault w)
            {
                return w;
            }

            if (StringOf(node) is not { } text)
            {
                return null;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return byArn ? new ExternalBackupVault(text, text, fromArn: true) : null; // an empty ARN is judged as such (COPY-001), never thrown
            }

            return byArn ? BackupVault.FromArn(text) : BackupVault.FromName(text); // an ARN property holds an ARN: anything else is judged as one (COPY-002)
        }

        // ---------------------------------------------------------------- selections

        private BackupSelection? Selection(string logicalId, SourceMapping p)
        {
            if (PlanOf(p["BackupPlanId"]) is not BackupPlan plan || Object(p, "BackupSelection") is not { } s)
            {
                return null;
            }

            var path = plan.Path + "/" + logicalId;
            current = path; // the selection's construct path is below its plan: deploy-time values are marked there
            var resourcesList = new List<BackupResource>();
            foreach (var arn in StringList(s, "Resources", path, "Resources", "BackupSelection.Resources") ?? [])
            {
                resourcesList.Add(BackupResource.FromArn(arn));
            }

            var tags = s["ListOfTags"];
            if (tags is SourceMapping { IntrinsicName: not null })
            {
                Keep("BackupSelection.ListOfTags", tags, "Resources", $"The tag conditions of {Name(path)}");
            }
            else if (tags is SourceSequence list)
            {
                var offset = resourcesList.Count;
                for (var i = 0; i < list.Items.Length; i++)
                {
                    if (list.Items[i] is SourceMapping { IntrinsicName: null } t
                        && Text(t, "ConditionKey", path, $"Resources[{offset + i}]", null) is { } key
                        && Text(t, "ConditionValue", path, $"Resources[{offset + i}].Value", null) is { } value)
                    {
                        Locator.Add(path, $"Resources[{offset + i}]", t.At);
                        resourcesList.Add(BackupResource.FromTag(new TagCondition(key, value, Text(t, "ConditionType", path, $"Resources[{offset + i}].ConditionType", null) ?? "STRINGEQUALS")));
                    }
                    else
                    {
                        Keep($"BackupSelection.ListOfTags.{i}", list.Items[i], "Resources", $"Tag condition {i} of {Name(path)}");
                    }
                }
            }

            var options = new BackupSelectionOptions
            {
                SelectionName = Text(s, "SelectionName", path, "SelectionName", null),
                Role = Text(s, "IamRoleArn", path, "Role", null) is { } role ? BackupRole.FromArn(role) : null,
                Resources = resourcesList,
                NotResources = StringList(s, "NotResources", path, "NotResources", "BackupSelection.NotResources") ?? [],
                Conditions = Conditions(s, path),
            };
            stack.OverrideLogicalId(plan.StackRelativePath + "/" + logicalId, logicalId);
            return plan.AddSelection(logicalId, options);
        }

        private Construct? PlanOf(SourceNode? node) => node switch
        {
            SourceMapping { IntrinsicName: "Ref" } r when r["Ref"] is SourceScalar id => imported.GetValueOrDefault(id.Text),
            _ when GetAtt(node) is ({ } id, "BackupPlanId") => imported.GetValueOrDefault(id),
            _ => null,
        };

        /// <summary>The logical ID and attribute of an <c>Fn::GetAtt</c>, in its list form or its <c>"Id.Attribute"</c> string form.</summary>
        private static (string? Id, string? Attribute) GetAtt(SourceNode? node) => node is SourceMapping { IntrinsicName: "Fn::GetAtt" } g
            ? g["Fn::GetAtt"] switch
            {
                SourceSequence { Items: [SourceScalar id, SourceScalar attribute] } => (id.Text, attribute.Text),
                SourceScalar { Kind: ScalarKind.Text } s when s.Text.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 => (s.Text[..dot], s.Text[(dot + 1)..]),
                _ => (null, null),
            }
            : (null, null);

        private SelectionConditions? Conditions(SourceMapping s, string path)
        {
            var node = s["Conditions"];
            if (node is SourceMapping { IntrinsicName: not null })
            {
                Keep("BackupSelection.Conditions", node);
                return null;
            }

            if (node is not SourceMapping c)
            {
                return null;
            }

            Locator.Add(path, "Conditions", c.At);
            IReadOnlyList<ConditionParameter> Read(string op) => Items(c, op, "BackupSelection.Conditions." + op, (item, i) =>
                Text(item, "ConditionKey", path, $"Conditions.{op}[{i}]", null) is { } key && Text(item, "ConditionValue", path, $"Conditions.{op}[{i}].Value", null) is { } value
                    ? new ConditionParameter(key, value) : null);
            return new SelectionConditions
            {
                StringEquals = Read("StringEquals"),
                StringLike = Read("StringLike"),
                StringNotEquals = Read("StringNotEquals"),
                StringNotLike = Read("StringNotLike"),
            };
        }

        // ---------------------------------------------------------------- restore testing, legal holds, tiering

        private RestoreTestingPlan? RestoreTestingPlan(string logicalId, SourceMapping p, string path)
        {
            if (Text(p, "ScheduleExpression", path, "Schedule", null) is not { } schedule)
            {
                return null;
            }

            var selectionNode = p["RecoveryPointSelection"];
            RestoreTestingRecoveryPointSelection selection = new();
            if (selectionNode is SourceMapping { IntrinsicName: not null })
            {
                Keep("RecoveryPointSelection", selectionNode);
            }
            else if (selectionNode is SourceMapping s)
            {
                Locator.Add(path, "RecoveryPointSelection", s.At);
                selection = new RestoreTestingRecoveryPointSelection
                {
                    Algorithm = Text(s, "Algorithm", path, "RecoveryPointSelection.Algorithm", null) ?? selection.Algorithm,
                    IncludeVaults = StringList(s, "IncludeVaults", path, "RecoveryPointSelection.IncludeVaults", "RecoveryPointSelection.IncludeVaults") ?? [],
                    ExcludeVaults = StringList(s, "ExcludeVaults", path, "RecoveryPointSelection.ExcludeVaults", "RecoveryPointSelection.ExcludeVaults") ?? [],
                    RecoveryPointTypes = StringList(s, "RecoveryPointTypes", path, "RecoveryPointSelection.RecoveryPointTypes", "RecoveryPointSelection.RecoveryPointTypes") ?? [],
                    SelectionWindow = Days(s, "SelectionWindowDays", path, "RecoveryPointSelection.SelectionWindow", "RecoveryPointSelection.SelectionWindowDays"),
                };
            }

            var props = new RestoreTestingPlanProps
            {
                RestoreTestingPlanName = Text(p, "RestoreTestingPlanName", path, "RestoreTestingPlanName", null),
                Schedule = Schedule.FromExpression(schedule),
                ScheduleTimeZone = Text(p, "ScheduleExpressionTimezone", path, "ScheduleTimeZone", null),
                StartWindow = Hours(p, "StartWindowHours", path, "StartWindow", "StartWindowHours"),
                RecoveryPointSelection = selection,
                Tags = TagList(p, "Tags", path),
            };
            stack.OverrideLogicalId(logicalId, logicalId);
            return stack.AddRestoreTestingPlan(logicalId, props);
        }

        private RestoreTestingSelection? RestoreTestingSelection(string logicalId, SourceMapping p)
        {
            var planNode = p["RestoreTestingPlanName"];
            var plan = PlanOf(planNode) as RestoreTestingPlan
                ?? (planNode is SourceScalar { Kind: ScalarKind.Text } name
                    ? imported.Values.OfType<RestoreTestingPlan>().FirstOrDefault(x => x.RestoreTestingPlanName == name.Text)
                    : null);
            if (plan is null || Text(p, "ProtectedResourceType", "", "", null) is not { } type)
            {
                return null;
            }

            var path = plan.Path + "/" + logicalId;
            current = path; // as for backup selections: below the plan
            _ = Text(p, "ProtectedResourceType", path, "ProtectedResourceType", null);
            ProtectedResourceConditions? conditions = null;
            var c = p["ProtectedResourceConditions"];
            if (c is SourceMapping { IntrinsicName: not null })
            {
                Keep("ProtectedResourceConditions", c);
            }
            else if (c is SourceMapping map)
            {
                Locator.Add(path, "ProtectedResourceConditions", map.At);
                IReadOnlyList<ConditionParameter> Read(string op) => Items(map, op, "ProtectedResourceConditions." + op, (item, i) =>
                    Text(item, "Key", path, $"ProtectedResourceConditions.{op}[{i}]", null) is { } key && Text(item, "Value", path, $"ProtectedResourceConditions.{op}[{i}].Value", null) is { } value
                        ? new ConditionParameter(key, value) : null);
                conditions = new ProtectedResourceConditions { StringEquals = Read("StringEquals"), StringNotEquals = Read("StringNotEquals") };
            }

            var options = new RestoreTestingSelectionOptions
            {
                RestoreTestingSelectionName = Text(p, "RestoreTestingSelectionName", path, "RestoreTestingSelectionName", null),
                ProtectedResourceType = type,
                Role = Text(p, "IamRoleArn", path, "Role", null) is { } role ? BackupRole.FromArn(role) : null,
                ProtectedResourceArns = StringList(p, "ProtectedResourceArns", path, "ProtectedResourceArns", "ProtectedResourceArns") ?? [],
                ProtectedResourceConditions = conditions,
                RestoreMetadataOverrides = StringMap(p, "RestoreMetadataOverrides", path, "RestoreMetadataOverrides", "RestoreMetadataOverrides"),
                ValidationWindow = Hours(p, "ValidationWindowHours", path, "ValidationWindow", "ValidationWindowHours"),
            };
            stack.OverrideLogicalId(plan.StackRelativePath + "/" + logicalId, logicalId);
            return plan.AddSelection(logicalId, options);
        }

        private LegalHold? LegalHold(string logicalId, SourceMapping p, string path, SourceMapping body)
        {
            if (Text(p, "Title", path, "Title", null) is not { } title || Text(p, "Description", path, "Description", null) is not { } description)
            {
                return null;
            }

            var selectionNode = p["RecoveryPointSelection"];
            IReadOnlyList<string> vaults = [];
            IReadOnlyList<string> identifiers = [];
            DateTimeOffset? from = null;
            DateTimeOffset? to = null;
            if (selectionNode is SourceMapping { IntrinsicName: not null })
            {
                Keep("RecoveryPointSelection", selectionNode);
            }
            else if (selectionNode is SourceMapping s)
            {
                vaults = StringList(s, "VaultNames", path, "VaultNames", "RecoveryPointSelection.VaultNames") ?? [];
                identifiers = StringList(s, "ResourceIdentifiers", path, "ResourceIdentifiers", "RecoveryPointSelection.ResourceIdentifiers") ?? [];
                if (s["DateRange"] is SourceMapping { IntrinsicName: null } range)
                {
                    from = Date(range, "FromDate", path, "FromDate", "RecoveryPointSelection.DateRange.FromDate");
                    to = Date(range, "ToDate", path, "ToDate", "RecoveryPointSelection.DateRange.ToDate");
                    if (from is null || to is null)
                    {
                        Keep("RecoveryPointSelection.DateRange", range);
                        (from, to) = (null, null);
                    }
                }
                else if (s["DateRange"] is { } other)
                {
                    Keep("RecoveryPointSelection.DateRange", other);
                }
            }

            var props = new LegalHoldProps
            {
                Title = title,
                Description = description,
                VaultNames = vaults,
                ResourceIdentifiers = identifiers,
                FromDate = from,
                ToDate = to,
                RemovalPolicy = DeletionPolicy(body) ?? RemovalPolicy.Destroy,
                Tags = TagList(p, "Tags", path),
            };
            stack.OverrideLogicalId(logicalId, logicalId);
            return stack.AddLegalHold(logicalId, props);
        }

        private DateTimeOffset? Date(SourceMapping owner, string key, string path, string property, string at)
        {
            if (owner[key] is not { } node)
            {
                return null;
            }

            Locator.Add(path, property, node.At);
            if (node is SourceScalar { Kind: ScalarKind.Text } s && DateTimeOffset.TryParse(s.Text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
                && date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) == s.Text)
            {
                return date;
            }

            _ = at;
            return null; // another spelling or a deploy-time value: the whole range is kept as written
        }

        private TieringConfiguration? Tiering(string logicalId, SourceMapping p, string path)
        {
            if (p["BackupVaultName"] is not { } vaultNode || VaultOf(vaultNode, byArn: false) is not { } vault || p["ResourceSelection"] is not SourceSequence)
            {
                return null;
            }

            Locator.Add(path, "Vault", vaultNode.At);
            var selection = Items(p, "ResourceSelection", "ResourceSelection", (s, i) =>
                StringList(s, "Resources", path, $"ResourceSelection[{i}].Resources", $"ResourceSelection.{i}.Resources") is { } res
                && Days(s, "TieringDownSettingsInDays", path, $"ResourceSelection[{i}].TieringDownAfter", $"ResourceSelection.{i}.TieringDownSettingsInDays") is { } days
                    ? new TieringResourceSelection { ResourceType = Text(s, "ResourceType", path, $"ResourceSelection[{i}].ResourceType", null) ?? "S3", Resources = res, TieringDownAfter = days }
                    : null);
            var props = new TieringConfigurationProps
            {
                TieringConfigurationName = Text(p, "TieringConfigurationName", path, "TieringConfigurationName", null),
                Vault = vault,
                ResourceSelection = selection,
                Tags = StringMap(p, "TieringConfigurationTags", path, "Tags", "TieringConfigurationTags"),
            };
            stack.OverrideLogicalId(logicalId, logicalId);
            return stack.AddTieringConfiguration(logicalId, props);
        }

        // ---------------------------------------------------------------- frameworks and report plans

        private Framework? Framework(string logicalId, SourceMapping p, string path)
        {
            if (p["FrameworkControls"] is not SourceSequence controlNodes)
            {
                return null; // required: the schema check reports it; kept as written
            }

            if (controlNodes.Items.Any(c => c is not SourceMapping { IntrinsicName: null }))
            {
                rawReason = "which controls it has is decided at deploy time (an intrinsic function such as Fn::If in FrameworkControls)";
                return null;
            }

            var controls = Items(p, "FrameworkControls", "FrameworkControls", (c, i) =>
            {
                if (Text(c, "ControlName", path, $"Controls[{i}]", null) is not { } name)
                {
                    return null;
                }

                Locator.Add(path, $"Controls[{i}]", c.At);
                var parameters = Items(c, "ControlInputParameters", $"FrameworkControls.{i}.ControlInputParameters", (x, j) =>
                    Text(x, "ParameterName", path, $"Controls[{i}].Parameters[{j}]", null) is { } n && Text(x, "ParameterValue", path, $"Controls[{i}].Parameters[{j}].Value", null) is { } v
                        ? new ControlInputParameter(n, v) : null);
                ControlScope? scope = null;
                if (Object(c, "ControlScope", $"FrameworkControls.{i}.ControlScope") is { } s)
                {
                    Locator.Add(path, $"Controls[{i}].Scope", s.At);
                    scope = new ControlScope
                    {
                        ComplianceResourceTypes = StringList(s, "ComplianceResourceTypes", path, $"Controls[{i}].Scope.ComplianceResourceTypes", $"FrameworkControls.{i}.ControlScope.ComplianceResourceTypes") ?? [],
                        ComplianceResourceIds = StringList(s, "ComplianceResourceIds", path, $"Controls[{i}].Scope.ComplianceResourceIds", $"FrameworkControls.{i}.ControlScope.ComplianceResourceIds"),
                        Tags = TagList(s, "Tags", path, $"FrameworkControls.{i}.ControlScope.Tags"),
                    };
                }

                return FrameworkControl.Custom(name, parameters) with { Scope = scope };
            });
            var props = new FrameworkProps
            {
                FrameworkName = Text(p, "FrameworkName", path, "FrameworkName", null),
                Description = Text(p, "FrameworkDescription", path, "Description", null),
                Controls = controls,
                Tags = TagList(p, "FrameworkTags", path),
            };
            stack.OverrideLogicalId(logicalId, logicalId);
            var framework = stack.AddFramework(logicalId, props);
            if (props.FrameworkName is null)
            {
                framework.AddPropertyDeletionOverride("FrameworkName"); // CloudFormation names it; the model would write a name
            }

            return framework;
        }

        private ReportPlan? ReportPlan(string logicalId, SourceMapping p, string path)
        {
            if (Object(p, "ReportSetting", "ReportSetting") is not { } setting || Object(p, "ReportDeliveryChannel", "ReportDeliveryChannel") is not { } channel
                || Text(setting, "ReportTemplate", path, "ReportSetting.ReportTemplate", null) is not { } template
                || Text(channel, "S3BucketName", path, "ReportDeliveryChannel.S3BucketName", null) is not { } bucket)
            {
                return null;
            }

            var frameworks = new List<IFramework>();
            if (setting["FrameworkArns"] is SourceMapping { IntrinsicName: not null } allArns)
            {
                Keep("ReportSetting.FrameworkArns", allArns);
            }
            else if (setting["FrameworkArns"] is SourceSequence arns)
            {
                Locator.Add(path, "ReportSetting.Frameworks", arns.At);
                foreach (var node in arns.Items)
                {
                    if (node is SourceMapping { IntrinsicName: "Fn::GetAtt" } g && g["Fn::GetAtt"] is SourceSequence { Items: [SourceScalar id, SourceScalar { Text: "FrameworkArn" }] }
                        && imported.GetValueOrDefault(id.Text) is IFramework framework)
                    {
                        frameworks.Add(framework);
                    }
                    else if (StringOf(node) is { } arn)
                    {
                        frameworks.Add(Iac.Framework.FromArn(arn));
                    }
                }
            }

            IReadOnlyList<ReportFormat> formats = [];
            if (StringList(channel, "Formats", path, "ReportDeliveryChannel.Formats", "ReportDeliveryChannel.Formats") is { } names)
            {
                if (names.All(n => n is "CSV" or "JSON"))
                {
                    formats = [.. names.Select(n => n == "CSV" ? ReportFormat.Csv : ReportFormat.Json)];
                }
                else
                {
                    Keep("ReportDeliveryChannel.Formats", channel["Formats"]!); // another value or a deploy-time one: checked by the schema, kept as written
                }
            }

            var props = new ReportPlanProps
            {
                ReportPlanName = Text(p, "ReportPlanName", path, "ReportPlanName", null),
                Description = Text(p, "ReportPlanDescription", path, "Description", null),
                ReportSetting = new ReportSetting
                {
                    ReportTemplate = ReportTemplate.FromName(template),
                    Frameworks = frameworks,
                    Accounts = StringList(setting, "Accounts", path, "ReportSetting.Accounts", "ReportSetting.Accounts") ?? [],
                    OrganizationUnits = StringList(setting, "OrganizationUnits", path, "ReportSetting.OrganizationUnits", "ReportSetting.OrganizationUnits") ?? [],
                    Regions = StringList(setting, "Regions", path, "ReportSetting.Regions", "ReportSetting.Regions") ?? [],
                },
                ReportDeliveryChannel = new ReportDeliveryChannel
                {
                    S3BucketName = bucket,
                    S3KeyPrefix = Text(channel, "S3KeyPrefix", path, "ReportDeliveryChannel.S3KeyPrefix", null),
                    Formats = formats,
                },
                Tags = TagList(p, "ReportPlanTags", path),
            };
            stack.OverrideLogicalId(logicalId, logicalId);
            var plan = stack.AddReportPlan(logicalId, props);
            if (props.ReportPlanName is null)
            {
                plan.AddPropertyDeletionOverride("ReportPlanName"); // CloudFormation names it; the model would write a name
            }

            return plan;
        }

        // ---------------------------------------------------------------- values

        /// <summary>
        /// Records a value the model cannot hold, to write it back as is. Checks on <paramref name="property"/> (and below it)
        /// of the construct being read are then not reported; without a property, none at the construct. When
        /// <paramref name="what"/> is given and an intrinsic function stands in place of that object or list, an info BKP9120 says so.
        /// </summary>
        private void Keep(string at, SourceNode node, string? property = null, string? what = null)
        {
            pending.Add((at, ToValue(node)));
            Unknown.Add(property is null ? current : current + "#" + property);
            if (what is not null && node is SourceMapping { IntrinsicName: { } function })
            {
                Findings.Add(Finding(ImportConstraints.NotModelled, current, property, node.At, what, $"it is chosen at deploy time ({function}), so the checks that need it are skipped"));
            }
        }

        /// <summary>A mapping-valued property; an intrinsic function in its place is kept as written (at <paramref name="at"/>).</summary>
        private SourceMapping? Object(SourceMapping owner, string key, string? at = null, string? property = null)
        {
            var node = owner[key];
            if (node is SourceMapping { IntrinsicName: not null } && at is not null)
            {
                Keep(at, node, property, property is null ? null : $"{key} of {Name(current)}");
            }

            return node is SourceMapping { IntrinsicName: null } m ? m : null;
        }

        /// <summary>A string value: a literal, or a token for a deploy-time value; null when absent or of another shape.</summary>
        private string? Text(SourceMapping owner, string key, string path, string property, string? at)
        {
            _ = at;
            if (owner[key] is not { } node)
            {
                return null;
            }

            if (path.Length > 0)
            {
                Locator.Add(path, property, node.At);
            }

            return StringOf(node);
        }

        private string? StringOf(SourceNode node) => node switch
        {
            SourceScalar { Kind: ScalarKind.Null } => null,
            SourceScalar s => s.Text,
            SourceMapping { IntrinsicName: not null } => TokenString(ToValue(node)),
            _ => null,
        };

        private List<string>? StringList(SourceMapping owner, string key, string path, string property, string at)
        {
            var node = owner[key];
            if (node is null)
            {
                return null;
            }

            Locator.Add(path, property, node.At);
            if (node is SourceMapping { IntrinsicName: not null })
            {
                Keep(at, node, property, $"{property} of {Name(path)}");
                return null;
            }

            if (node is not SourceSequence list)
            {
                return null;
            }

            var items = new List<string>();
            for (var i = 0; i < list.Items.Length; i++)
            {
                Locator.Add(path, $"{property}[{i}]", list.Items[i].At);
                if (StringOf(list.Items[i]) is { } s)
                {
                    items.Add(s);
                }
            }

            return items;
        }

        private Dictionary<string, string>? StringMap(SourceMapping owner, string key, string path, string property, string at)
        {
            var node = owner[key];
            if (node is null)
            {
                return null;
            }

            Locator.Add(path, property, node.At);
            if (node is SourceMapping { IntrinsicName: not null })
            {
                Keep(at, node, property, $"{property} of {Name(path)}");
                return null;
            }

            if (node is not SourceMapping map)
            {
                return null;
            }

            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var e in map.Entries)
            {
                Locator.Add(path, $"{property}[{e.Key}]", e.Value.At);
                if (StringOf(e.Value) is { } s)
                {
                    result[e.Key] = s;
                }
            }

            return result;
        }

        /// <summary>A list of <c>{Key, Value}</c> tags as a map.</summary>
        private Dictionary<string, string>? TagList(SourceMapping owner, string key, string path, string? at = null)
        {
            var node = owner[key];
            if (node is null)
            {
                return null;
            }

            Locator.Add(path, "Tags", node.At);
            if (node is not SourceSequence list || list.Items.Any(i => i is not SourceMapping { IntrinsicName: null } m || m["Key"] is not SourceScalar { Kind: ScalarKind.Text }))
            {
                Keep(at ?? key, node);
                return null;
            }

            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var item in list.Items.Cast<SourceMapping>())
            {
                var k = ((SourceScalar)item["Key"]!).Text;
                if (item["Value"] is { } v && StringOf(v) is { } s)
                {
                    result[k] = s;
                }
            }

            return result;
        }

        private List<T> Items<T>(SourceMapping owner, string key, string at, Func<SourceMapping, int, T?> read)
            where T : class
        {
            var result = new List<T>();
            var node = owner[key];
            if (node is SourceMapping { IntrinsicName: not null })
            {
                Keep(at, node, key, $"{key} of {Name(current)}");
                return result;
            }

            if (node is not SourceSequence list)
            {
                return result;
            }

            for (var i = 0; i < list.Items.Length; i++)
            {
                if (list.Items[i] is SourceMapping { IntrinsicName: null } m && read(m, i) is { } item)
                {
                    result.Add(item);
                }
                else
                {
                    Keep($"{at}.{i}", list.Items[i], key, $"{key} item {i} of {Name(current)}");
                }
            }

            return result;
        }

        private Duration? Days(SourceMapping owner, string key, string path, string property, string at) => Count(owner, key, path, property, at, Duration.Days);

        private Duration? Hours(SourceMapping owner, string key, string path, string property, string at) => Count(owner, key, path, property, at, Duration.Hours);

        private Duration? Minutes(SourceMapping owner, string key, string path, string property, string at) => Count(owner, key, path, property, at, Duration.Minutes);

        /// <summary>A whole-number duration; a deploy-time value becomes an unresolved duration; another shape is kept as written.</summary>
        private Duration? Count(SourceMapping owner, string key, string path, string property, string at, Func<long, Duration> unit)
        {
            if (owner[key] is not { } node)
            {
                return null;
            }

            Locator.Add(path, property, node.At);
            switch (node)
            {
                case SourceMapping { IntrinsicName: not null }:
                    return Duration.Unresolved(Token.AsString(ToValue(node)));
                case SourceScalar { Kind: ScalarKind.Number or ScalarKind.Text } s
                    when long.TryParse(s.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n is >= -100_000_000 and <= 100_000_000:
                    return unit(n);
                case SourceScalar { Kind: ScalarKind.Number } whole
                    when decimal.TryParse(whole.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d) && d is >= -100_000_000 and <= 100_000_000:
                    return unit((long)d); // 60.0 or 6e1: the integer 60 to CloudFormation
                case SourceScalar { Kind: ScalarKind.Number or ScalarKind.Text } big when long.TryParse(big.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                    || big.Kind == ScalarKind.Number && !big.Text.Contains('.', StringComparison.Ordinal) && !big.Text.Contains('e', StringComparison.OrdinalIgnoreCase):
                    Findings.Add(Finding(ImportConstraints.OutOfBounds, current, property, node.At, property, big.Text, "is outside any range AWS accepts (at most 100,000,000 in absolute value)"));
                    Keep(at, node, property);
                    return null;
                default:
                    Keep(at, node, property); // wrong type (reported by the schema check) or a fraction: written back as is; only its own checks are skipped
                    return null;
            }
        }

        private bool? Bool(SourceMapping owner, string key, string path, string property, string at)
        {
            if (owner[key] is not { } node)
            {
                return null;
            }

            Locator.Add(path, property, node.At);
            switch (node)
            {
                case SourceScalar { Kind: ScalarKind.Boolean or ScalarKind.Text } s when ScalarText.IsTrue(s.Text):
                    return true;
                case SourceScalar { Kind: ScalarKind.Boolean or ScalarKind.Text } s when ScalarText.IsFalse(s.Text):
                    return false;
                case SourceMapping { IntrinsicName: not null }:
                    // A deploy-time boolean: written back as is. Lint reads the template once with each value and reports
                    // what both readings find, so only the checks whose outcome depends on it are skipped.
                    Keep(at, node, property);
                    DeployTimeBooleans = true;
                    return deployTimeBooleansAre;
                default:
                    Keep(at, node, property); // another shape, reported by the schema check: written back as is
                    return null;
            }
        }

        /// <summary>A source node as a graph value: intrinsic functions become references, attributes, parameters, joins, or opaque expressions.</summary>
        public Value ToValue(SourceNode node)
        {
            switch (node)
            {
                case SourceScalar { Kind: ScalarKind.Null }:
                    return NullValue.Instance;
                case SourceScalar { Kind: ScalarKind.Boolean } b:
                    return new BoolValue(b.Text == "true");
                case SourceScalar { Kind: ScalarKind.Number } n when long.TryParse(n.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number):
                    return new NumberValue(number);
                case SourceScalar s:
                    return new StringValue(s.Text);
                case SourceSequence list:
                    return new ListValue([.. list.Items.Select(ToValue)]);
                case SourceMapping { IntrinsicName: "Ref" } r when r["Ref"] is SourceScalar { Kind: ScalarKind.Text } target:
                    if (parameters.TryGetValue(target.Text, out var parameter))
                    {
                        return new ParameterValue(parameter);
                    }

                    if (Pseudo.TryGetValue(target.Text, out var pseudo))
                    {
                        return new PseudoParameterValue(pseudo);
                    }

                    return types.ContainsKey(target.Text) ? new ReferenceValue(target.Text) : Opaque(r);
                case SourceMapping { IntrinsicName: "Fn::GetAtt" } g when g["Fn::GetAtt"] is SourceSequence { Items: [SourceScalar { Kind: ScalarKind.Text } id, SourceScalar { Kind: ScalarKind.Text } attribute] }
                    && types.ContainsKey(id.Text):
                    return new AttributeValue(id.Text, attribute.Text);
                case SourceMapping { IntrinsicName: "Fn::Join" } j when j["Fn::Join"] is SourceSequence { Items: [SourceScalar { Text: "" }, SourceSequence parts] }:
                    return new JoinValue([.. parts.Items.Select(ToValue)]);
                case SourceMapping { IntrinsicName: not null } f:
                    return Opaque(f);
                case SourceMapping m:
                    return MapValue.Of(m.Entries.Select(e => new KeyValuePair<string, Value?>(e.Key, ToValue(e.Value))));
                default:
                    return NullValue.Instance;
            }
        }

        private OpaqueValue Opaque(SourceMapping function) =>
            new("cloudformation", MapValue.Of(new KeyValuePair<string, Value?>(function.Entries[0].Key, ToValue(function.Entries[0].Value))));

        /// <summary>A JSON document written as a template mapping, with intrinsic functions as token strings (a policy with <c>!Sub</c>/<c>!GetAtt</c> inside).</summary>
        private string JsonWithTokens(SourceMapping document) => SourceJson.Write(document, f => Token.AsString(ToValue(f)));
    }
}
