using System.Globalization;
using Backup.Iac.Catalog;
using Backup.Iac.Graph.CloudFormation;

namespace Backup.Iac.Import;

/// <summary>
/// Lints the member template of each <c>AWS::CloudFormation::StackSet</c> of a template: its <c>TemplateBody</c>, a
/// JSON or YAML string (as CloudFormation takes it) or a mapping, is read and checked as a template of its own, with the
/// StackSet's Regions as context (a named IAM role in a StackSet of several Regions, BKP7063). Paths are prefixed with
/// <c>&lt;StackSetLogicalId&gt;/TemplateBody/</c>. A mapping keeps its own line numbers; inside a string, every finding is
/// placed at the start of <c>TemplateBody</c> in the outer file, and its message ends with the line and column in the
/// member template.
/// </summary>
internal static class StackSetLint
{
    private const string StackSetType = "AWS::CloudFormation::StackSet";

    public static List<SourceDiagnostic> Check(string path, SourceNode root, int depth = 0)
    {
        var found = new List<SourceDiagnostic>();
        if (depth > 3 || root is not SourceMapping template || template["Resources"] is not SourceMapping resources)
        {
            return found;
        }

        foreach (var entry in resources.Entries)
        {
            if (entry.Value is not SourceMapping resource || resource["Type"] is not SourceScalar { Text: StackSetType }
                || resource["Properties"] is not SourceMapping properties || properties.Entry(CfnStackSet.TemplateBody) is not { } body)
            {
                continue;
            }

            var prefix = entry.Key + "/TemplateBody";
            var regions = properties[CfnStackSet.StackInstancesGroup] is SourceSequence groups
                ? groups.Items.OfType<SourceMapping>().Select(g => g[CfnStackSet.StackInstancesProperty.Regions]).OfType<SourceSequence>()
                    .SelectMany(r => r.Items.OfType<SourceScalar>().Select(s => s.Text)).Distinct(StringComparer.Ordinal).ToList()
                : [];
            SourceNode inner;
            Func<SourceDiagnostic, SourceDiagnostic> place;
            var value = body.Value;
            if (value is SourceMapping { IntrinsicName: "Fn::Sub" } sub)
            {
                // !Sub | ...: the text, with its ${...} placeholders left as written (values known at deploy time).
                value = sub["Fn::Sub"] is SourceSequence { Items: [SourceScalar first, ..] } ? first : sub["Fn::Sub"];
            }

            switch (value)
            {
                case SourceMapping { IntrinsicName: not null }:
                    continue; // another intrinsic function: the text is known at deploy time only
                case SourceMapping mapping:
                    inner = mapping;
                    place = d => d;
                    break;
                case SourceScalar { Kind: ScalarKind.Text } text:
                    var document = SourceReader.Read(text.Text, path);
                    if (document.Error is { } error || document.Root is not { } parsed)
                    {
                        var c = ImportConstraints.Unreadable;
                        var why = document.Error?.Message ?? "it is empty";
                        found.Add(new SourceDiagnostic(new Diagnostic(c.Code, Severity.Error, prefix, string.Format(CultureInfo.InvariantCulture, c.Message,
                            $"The member template in TemplateBody cannot be read: {why} (line {document.Error?.At.Line ?? 1}:{document.Error?.At.Column ?? 1} of the member template)")), text.At));
                        continue;
                    }

                    inner = parsed;
                    place = d => d with
                    {
                        At = text.At,
                        Diagnostic = d.Diagnostic with { Message = d.Diagnostic.Message.TrimEnd('.') + $". (line {d.At?.Line ?? 1}:{d.At?.Column ?? 1} of the member template)" },
                    };
                    break;
                default:
                    continue;
            }

            var linted = Linter.CheckTemplate(path, inner, depth + 1);
            foreach (var d in linted.Diagnostics.Select(place))
            {
                var relative = d.Diagnostic.Path.Length == 0 ? prefix : prefix + "/" + d.Diagnostic.Path;
                found.Add(d with { Diagnostic = d.Diagnostic with { Path = relative } });
            }

            if (regions.Count > 1)
            {
                NamedRoles(inner, regions, prefix, place, found);
            }
        }

        return found;
    }

    /// <summary>BKP7063: an IAM role with a literal name in a member template that the StackSet deploys to several Regions.</summary>
    private static void NamedRoles(SourceNode inner, List<string> regions, string prefix, Func<SourceDiagnostic, SourceDiagnostic> place, List<SourceDiagnostic> found)
    {
        if (inner is not SourceMapping { } template || template["Resources"] is not SourceMapping resources || ConstraintCatalog.Find("BKP7063") is not { } c)
        {
            return;
        }

        foreach (var entry in resources.Entries)
        {
            if (entry.Value is SourceMapping resource && resource["Type"] is SourceScalar { Text: "AWS::IAM::Role" }
                && resource["Properties"] is SourceMapping properties && properties[CfnRole.RoleName] is SourceScalar { Kind: ScalarKind.Text } name)
            {
                var message = string.Format(CultureInfo.InvariantCulture, c.Message, name.Text, regions.Count, string.Join(", ", regions))
                    .Replace("(include Aws.Region)", "(Fn::Join or Fn::Sub with AWS::Region)", StringComparison.Ordinal);
                var d = new SourceDiagnostic(new Diagnostic(c.Code, c.Severity, entry.Key, message) { ConstraintId = c.ConstraintId, Property = CfnRole.RoleName }, name.At);
                d = place(d);
                found.Add(d with { Diagnostic = d.Diagnostic with { Path = prefix + "/" + entry.Key } });
            }
        }
    }
}
