using Backup.Iac.Organizations;

namespace Backup.Iac.Import;

/// <summary>The reader of <c>AWS::Organizations::Policy</c> resources of type <c>BACKUP_POLICY</c>.</summary>
public static partial class TemplateImporter
{
    private sealed partial class Reader
    {
        /// <summary>The optional properties the <see cref="BackupPolicy"/> lowering writes.</summary>
        private static readonly string[] PolicyProperties = ["Name", "Description", "TargetIds", "Tags"];

        /// <summary>The construct paths of the policies read as constructs.</summary>
        public HashSet<string> Policies { get; } = new(StringComparer.Ordinal);

        /// <summary>
        /// A backup policy as the <see cref="BackupPolicy"/> construct, so that every check of the construct runs on it:
        /// its <c>Content</c> (an object, a JSON string, or <c>Fn::ToJsonString</c> of an object) read by the typed policy
        /// reader, its name, description and targets. Every property is written back as the template has it. Null
        /// when the content is built at deploy time (<c>Fn::Sub</c>, <c>Fn::If</c>...): the resource is then kept as written.
        /// </summary>
        private BackupPolicy? BackupPolicyOf(string logicalId, SourceMapping body, SourcePosition at)
        {
            var p = (SourceMapping)body["Properties"]!;
            var path = stack.Path + "/" + logicalId;
            if (p.IntrinsicName is not null || p["Content"] is not { } content || PolicyText(content) is not ({ } json, { } located))
            {
                return null;
            }

            pending = [];
            current = path;
            var targets = new List<IPolicyTarget>();
            if (p["TargetIds"] is SourceMapping { IntrinsicName: not null } allTargets)
            {
                Keep("TargetIds", allTargets, "Targets");
            }
            else if (StringList(p, "TargetIds", path, "Targets", "TargetIds") is { } ids)
            {
                targets.AddRange(ids.Select(id => new PolicyTarget(id)));
            }

            var props = new BackupPolicyProps
            {
                Document = BackupPolicyDocument.Parse(json, path).Document,
                PolicyName = Text(p, "Name", path, "PolicyName", null),
                Description = Text(p, "Description", path, "Description", null),
                Targets = p["TargetIds"] is null or SourceSequence ? targets : [],
                Tags = TagList(p, "Tags", path),
            };
            Locator.Add(path, "Document", content.At);
            LocatePolicy(path, located, "");
            stack.OverrideLogicalId(logicalId, logicalId);
            var policy = stack.AddBackupPolicy(logicalId, props);

            // Written back as the template has it: the typed document drops what it cannot read, and orders keys its own way.
            foreach (var e in p.Entries)
            {
                policy.AddPropertyOverride(e.Key, ToValue(e.Value));
            }

            foreach (var key in PolicyProperties.Where(k => p[k] is null))
            {
                policy.AddPropertyDeletionOverride(key);
            }

            ApplyDeletionPolicy(policy, body);
            imported[logicalId] = policy;
            Policies.Add(policy.Path);
            Locator.Add(policy.Path, null, at);
            if (p["TargetIds"] is SourceMapping { IntrinsicName: not null })
            {
                Unknown.Add(path + "#Targets");
            }

            return policy;
        }

        /// <summary>The policy's JSON text and the node that holds its parsed form (for positions), or nulls when it is built at deploy time.</summary>
        private static (string? Json, SourceNode? Located) PolicyText(SourceNode content) => content switch
        {
            SourceMapping { IntrinsicName: "Fn::ToJsonString" } toJson when toJson["Fn::ToJsonString"] is SourceMapping { IntrinsicName: null } inner => (SourceJson.Write(inner), inner),
            SourceMapping { IntrinsicName: null } map => (SourceJson.Write(map), map),
            SourceScalar { Kind: ScalarKind.Text } text => (text.Text, SourceReader.Read(text.Text, "policy.json").Root is { } r && text.At.Line > 0 ? PolicyLint.Shift(r, text.At) : text),
            _ => (null, null),
        };

        /// <summary>Records where each node of the policy is written, under its JSON path (the property of the construct's diagnostics).</summary>
        private void LocatePolicy(string path, SourceNode node, string at, int depth = 0)
        {
            if (depth > SourceReader.MaxDepth)
            {
                return;
            }

            switch (node)
            {
                case SourceMapping m:
                    foreach (var e in m.Entries)
                    {
                        var child = PolicyPaths.Append(at, e.Key);
                        Locator.Add(path, child, e.KeyAt);
                        LocatePolicy(path, e.Value, child, depth + 1);
                    }

                    break;
                case SourceSequence l:
                    for (var i = 0; i < l.Items.Length; i++)
                    {
                        var child = $"{at}[{i}]";
                        Locator.Add(path, child, l.Items[i].At);
                        LocatePolicy(path, l.Items[i], child, depth + 1);
                    }

                    break;
            }
        }
    }
}
