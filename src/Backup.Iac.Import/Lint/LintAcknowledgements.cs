namespace Backup.Iac.Import;

/// <summary>
/// Acknowledgements written in a template, the lint path's <see cref="BackupApp.Acknowledge"/>: under the template's
/// <c>Metadata</c>, <c>BackupIac: { Acknowledge: [{ Code, At, Reason }] }</c> with <c>At</c> a logical ID or a path
/// below one as lint prints it (<c>DailyPlan/Rules[Daily]</c>); under a resource's <c>Metadata</c>, the same list
/// with <c>At</c> defaulting to the resource's logical ID. They are checked as synth checks them (BKP9007-BKP9010).
/// </summary>
internal static class LintAcknowledgements
{
    private const string Section = "BackupIac";

    /// <summary>What a template acknowledges: code, path relative to the template, and reason.</summary>
    public static IReadOnlyList<(string Code, string At, string Reason)> Read(SourceNode root)
    {
        if (root is not SourceMapping template)
        {
            return [];
        }

        var found = new List<(string, string, string)>();
        Collect(template["Metadata"], null, found);
        if (template["Resources"] is SourceMapping resources)
        {
            foreach (var entry in resources.Entries)
            {
                if (entry.Value is SourceMapping resource)
                {
                    Collect(resource["Metadata"], entry.Key, found);
                }
            }
        }

        return found;
    }

    /// <summary>Adds the acknowledgements to an imported app (paths prefixed with its stack ID).</summary>
    public static void Apply(BackupApp app, string stackId, IReadOnlyList<(string Code, string At, string Reason)> acknowledgements)
    {
        foreach (var (code, at, reason) in acknowledgements)
        {
            app.Acknowledge(code, at.Length == 0 ? stackId : stackId + "/" + at, reason);
        }
    }

    private static void Collect(SourceNode? metadata, string? logicalId, List<(string, string, string)> found)
    {
        if (metadata is not SourceMapping m || m[Section] is not SourceMapping section || section["Acknowledge"] is not SourceSequence list)
        {
            return;
        }

        foreach (var item in list.Items)
        {
            if (item is not SourceMapping entry)
            {
                continue;
            }

            var code = Text(entry["Code"]);
            var at = Text(entry["At"]) ?? logicalId ?? "";
            var reason = Text(entry["Reason"]);
            found.Add((string.IsNullOrWhiteSpace(code) ? "(no Code)" : code, at.Trim('/'), string.IsNullOrWhiteSpace(reason) ? "(no Reason given)" : reason));
        }
    }

    private static string? Text(SourceNode? node) => node is SourceScalar { Kind: not ScalarKind.Null } s ? s.Text : null;
}
