using Backup.Iac.Validation;

namespace Backup.Iac.Import;

/// <summary>
/// Template-level checks a linter is expected to make, over every section CloudFormation resolves (resources, outputs,
/// conditions): <c>Ref</c>, <c>Fn::GetAtt</c> and <c>DependsOn</c> name something the template declares (cfn-lint E1012,
/// E1010, E3005), condition names are declared (E8002), and the <c>${Name}</c> variables of <c>Fn::Sub</c> name a
/// parameter, a resource (or its attribute), a pseudo parameter or a variable of the Sub (E1019). Attributes are
/// checked against the embedded schemas (the AWS::Backup types and AWS::Organizations::Policy); for other types only
/// the resource's existence is checked. A template with a <c>Transform</c> (SAM, macros) is not checked: the transform
/// may declare what it refers to.
/// </summary>
/// <remarks>Cost: one walk of the template, each node once (the walk stops at the readers' nesting limit).</remarks>
internal sealed class TemplateChecks
{
    /// <summary>The pseudo parameters (pseudo-parameter-reference.html).</summary>
    private static readonly HashSet<string> PseudoParameters = new(StringComparer.Ordinal)
    {
        "AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue", "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix",
    };

    private readonly string stackPath;
    private readonly HashSet<string> parameters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> types = new(StringComparer.Ordinal);
    private readonly HashSet<string> conditions = new(StringComparer.Ordinal);
    private readonly List<SourceDiagnostic> findings = [];

    private TemplateChecks(string stackPath) => this.stackPath = stackPath;

    /// <summary>The findings of the template-level checks.</summary>
    /// <param name="template">The template as written (logical IDs not renamed).</param>
    /// <param name="stackPath">The construct path of the stack the template is read into.</param>
    /// <param name="propertiesChecked">Resources whose <c>Ref</c>, <c>Fn::GetAtt</c> and <c>DependsOn</c> the importer already checks.</param>
    public static IReadOnlyList<SourceDiagnostic> Check(SourceMapping template, string stackPath, Func<string, SourceMapping, bool> propertiesChecked)
    {
        if (template["Transform"] is not null || template["Resources"] is not SourceMapping resources)
        {
            return [];
        }

        var checks = new TemplateChecks(stackPath);
        if (template["Parameters"] is SourceMapping declared)
        {
            checks.parameters.UnionWith(declared.Entries.Select(e => e.Key));
        }

        if (template["Conditions"] is SourceMapping named)
        {
            checks.conditions.UnionWith(named.Entries.Select(e => e.Key));
        }

        foreach (var r in resources.Entries)
        {
            if (r.Value is SourceMapping body && body["Type"] is SourceScalar { Kind: ScalarKind.Text } type)
            {
                checks.types[r.Key] = type.Text;
            }
        }

        foreach (var r in resources.Entries)
        {
            if (r.Value is SourceMapping body)
            {
                checks.Resource(r.Key, body, !propertiesChecked(r.Key, body));
            }
        }

        if (template["Outputs"] is SourceMapping outputs)
        {
            foreach (var o in outputs.Entries)
            {
                var place = new Place(checks.stackPath, $"Output {o.Key}", "Outputs." + o.Key);
                if (o.Value is SourceMapping output)
                {
                    checks.ConditionName(output["Condition"], place, place.Prefix + ".Condition");
                }

                checks.Walk(o.Value, place, null, refs: true, inConditions: false, 0);
            }
        }

        if (template["Conditions"] is SourceMapping conditionSection)
        {
            foreach (var c in conditionSection.Entries)
            {
                checks.Walk(c.Value, new Place(checks.stackPath, $"Condition {c.Key}", "Conditions." + c.Key), null, refs: true, inConditions: true, 0);
            }
        }

        return checks.findings;
    }

    /// <summary>Where a walk is: the finding's construct path, the subject of its message, and the prefix of its property.</summary>
    private sealed record Place(string Path, string Subject, string Prefix)
    {
        public string Property(PropertyPath? at) => at is null ? Prefix : Prefix.Length == 0 ? PropertyPath.Render(at) : Prefix + "." + PropertyPath.Render(at);
    }

    private void Resource(string logicalId, SourceMapping body, bool refs)
    {
        var place = new Place(stackPath + "/" + logicalId, $"Resource {logicalId}", "");
        ConditionName(body["Condition"], place, "Condition");
        if (refs)
        {
            var dependsOn = body["DependsOn"] is SourceSequence list ? list.Items : body["DependsOn"] is { } one ? [one] : [];
            foreach (var d in dependsOn.OfType<SourceScalar>().Where(d => d.Kind == ScalarKind.Text && !types.ContainsKey(d.Text)))
            {
                Undefined(d.Text, d.At, place, "DependsOn");
            }
        }

        Walk(body["Properties"], place, null, refs, inConditions: false, 0);
    }

    private void Walk(SourceNode? node, Place place, PropertyPath? at, bool refs, bool inConditions, int depth)
    {
        if (depth > SourceReader.MaxDepth)
        {
            return;
        }

        switch (node)
        {
            case SourceMapping { IntrinsicName: "Fn::Transform" }:
                return; // a macro's parameters: what it does with them is its own
            case SourceMapping { IntrinsicName: "Ref" } r:
                if (refs && r["Ref"] is SourceScalar { Kind: ScalarKind.Text } name && !Declared(name.Text))
                {
                    Undefined(name.Text, name.At, place, place.Property(at));
                }

                break;
            case SourceMapping { IntrinsicName: "Fn::GetAtt" } g:
                if (refs)
                {
                    GetAtt(g, place, at);
                }

                WalkChildren(g, place, at, refs, inConditions, depth);
                break;
            case SourceMapping { IntrinsicName: "Condition" } c when inConditions:
                ConditionName(c["Condition"], place, place.Property(at));
                break;
            case SourceMapping { IntrinsicName: "Fn::If" } f:
                if (f["Fn::If"] is SourceSequence { Items: [var condition, ..] })
                {
                    ConditionName(condition, place, place.Property(at));
                }

                WalkChildren(f, place, at, refs, inConditions, depth);
                break;
            case SourceMapping { IntrinsicName: "Fn::Sub" } s:
                Sub(s, place, at);
                WalkChildren(s, place, at, refs, inConditions, depth);
                break;
            default:
                WalkChildren(node, place, at, refs, inConditions, depth);
                break;
        }
    }

    private void WalkChildren(SourceNode? node, Place place, PropertyPath? at, bool refs, bool inConditions, int depth)
    {
        switch (node)
        {
            case SourceMapping m:
                foreach (var e in m.Entries)
                {
                    Walk(e.Value, place, e.Key.StartsWith("Fn::", StringComparison.Ordinal) ? at : new PropertyPath(at, e.Key, -1), refs, inConditions, depth + 1);
                }

                break;
            case SourceSequence l:
                for (var i = 0; i < l.Items.Length; i++)
                {
                    Walk(l.Items[i], place, at, refs, inConditions, depth + 1);
                }

                break;
        }
    }

    private bool Declared(string name) => parameters.Contains(name) || types.ContainsKey(name) || PseudoParameters.Contains(name);

    private void GetAtt(SourceMapping g, Place place, PropertyPath? at)
    {
        var (id, attribute) = g["Fn::GetAtt"] switch
        {
            SourceSequence { Items: [SourceScalar { Kind: ScalarKind.Text } i, SourceScalar { Kind: ScalarKind.Text } a] } => (i.Text, a.Text),
            SourceSequence { Items: [SourceScalar { Kind: ScalarKind.Text } i, _] } => (i.Text, null), // the attribute chosen by a Ref
            SourceScalar { Kind: ScalarKind.Text } s when s.Text.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 => (s.Text[..dot], s.Text[(dot + 1)..]),
            _ => ((string?)null, (string?)null),
        };
        if (id is not null)
        {
            Attribute(id, attribute, g.At, place, place.Property(at));
        }
    }

    /// <summary>Whether the resource exists and (for a type with an embedded schema) returns the attribute.</summary>
    private bool Attribute(string id, string? attribute, SourcePosition at, Place place, string property)
    {
        if (!types.TryGetValue(id, out var type))
        {
            Undefined(id, at, place, property);
            return false;
        }

        if (attribute is not null && ResourceSchemas.Attributes(type) is { } attributes && !attributes.Contains(attribute, StringComparer.Ordinal))
        {
            findings.Add(TemplateImporter.Finding(ImportConstraints.UnknownAttribute, place.Path, property, at, place.Subject, id, type, attribute,
                attributes.Count == 0 ? "no attribute" : string.Join(", ", attributes)));
            return false;
        }

        return true;
    }

    private void Undefined(string name, SourcePosition at, Place place, string property)
    {
        var near = Spelling.Nearest(name, parameters.Concat(types.Keys));
        findings.Add(TemplateImporter.Finding(ImportConstraints.UndefinedReference, place.Path, property, at, place.Subject, name, near is null ? "" : $" (did you mean '{near}'?)"));
    }

    private void ConditionName(SourceNode? node, Place place, string property)
    {
        if (node is SourceScalar { Kind: ScalarKind.Text } name && !conditions.Contains(name.Text))
        {
            var near = Spelling.Nearest(name.Text, conditions);
            findings.Add(TemplateImporter.Finding(ImportConstraints.UndeclaredCondition, place.Path, property, name.At, place.Subject, name.Text,
                near is not null ? $" (did you mean '{near}'?)" : conditions.Count == 0 ? " (the template has no Conditions section)" : ""));
        }
    }

    /// <summary>The <c>${Name}</c> variables of a Sub string (<c>${!Name}</c> is the literal text <c>${Name}</c>).</summary>
    private void Sub(SourceMapping s, Place place, PropertyPath? at)
    {
        var (text, variables) = s["Fn::Sub"] switch
        {
            SourceScalar { Kind: ScalarKind.Text } t => (t, null),
            SourceSequence { Items: [SourceScalar { Kind: ScalarKind.Text } t, SourceMapping map] } => (t, map),
            _ => ((SourceScalar?)null, (SourceMapping?)null),
        };
        if (text is null || variables is { IntrinsicName: not null })
        {
            return; // the string or the variable map is chosen at deploy time
        }

        foreach (var name in SubVariables(text.Text))
        {
            if (variables?[name] is not null || Declared(name))
            {
                continue;
            }

            var dot = name.IndexOf('.', StringComparison.Ordinal);
            if (dot > 0 && types.ContainsKey(name[..dot]))
            {
                _ = Attribute(name[..dot], name[(dot + 1)..], text.At, place, place.Property(at));
                continue;
            }

            var candidates = parameters.Concat(types.Keys).Concat(variables?.Entries.Select(e => e.Key) ?? []);
            var near = Spelling.Nearest(name, candidates);
            findings.Add(TemplateImporter.Finding(ImportConstraints.UnknownSubVariable, place.Path, place.Property(at), text.At, place.Subject, name,
                near is null ? "" : $" (did you mean '{near}'?)"));
        }
    }

    /// <summary>The variable names of a Sub string, in order, each once.</summary>
    internal static IReadOnlyList<string> SubVariables(string text)
    {
        var names = new List<string>();
        for (var i = text.IndexOf("${", StringComparison.Ordinal); i >= 0; i = text.IndexOf("${", i + 2, StringComparison.Ordinal))
        {
            var end = text.IndexOf('}', i + 2);
            if (end < 0)
            {
                break;
            }

            var name = text[(i + 2)..end].Trim();
            if (name.Length > 0 && !name.StartsWith('!') && !names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }

            i = end - 1;
        }

        return names;
    }
}
