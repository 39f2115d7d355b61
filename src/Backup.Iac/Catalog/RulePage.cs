using System.Text;

namespace Backup.Iac.Catalog;

/// <summary>Renders the documentation page of a constraint (<c>docs/rules/CODE.md</c>); the pages are generated from the catalog.</summary>
public static class RulePage
{
    /// <summary>The page of a constraint, as Markdown.</summary>
    /// <param name="constraint">The constraint.</param>
    /// <returns>The page.</returns>
    public static string Render(Constraint constraint)
    {
        ArgumentNullException.ThrowIfNull(constraint);
        var sb = new StringBuilder();
        sb.Append("# ").Append(constraint.Code).Append(": ").Append(constraint.Title).Append("\n\n");
        sb.Append("| | |\n|---|---|\n");
        sb.Append("| Code | `").Append(constraint.Code).Append("` |\n");
        sb.Append("| Severity | ").Append(constraint.Severity.ToString().ToLowerInvariant()).Append(" ([severity policy](README.md)) |\n");
        sb.Append("| Constraint | ").Append(constraint.ConstraintId is null ? "tool rule (not in the catalog)" : "`" + constraint.ConstraintId + "` (../shared/spec)").Append(" |\n");
        sb.Append("| Source | ").Append(constraint.Source.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
        sb.Append("| AWS documentation | <").Append(constraint.Url).Append("> |\n\n");
        sb.Append("## What it reports\n\n").Append(Placeholders(constraint.Message)).Append("\n\n");
        if (constraint.Why is { } why)
        {
            sb.Append("## Why\n\n").Append(why).Append("\n\n");
        }

        sb.Append("## How to fix\n\n").Append(FixOf(constraint.Message)).Append("\n\n");
        if (constraint.Severity == Severity.Error)
        {
            sb.Append("Errors cannot be acknowledged: synth writes nothing until this is fixed.\n");
        }
        else
        {
            sb.Append("## Acknowledging\n\n")
              .Append("If the ").Append(constraint.Severity == Severity.Warning ? "warning" : "info")
              .Append(" does not apply, acknowledge it at the construct path (and below it) with a reason:\n\n")
              .Append("```csharp\napp.Acknowledge(\"").Append(constraint.Code).Append("\", at: \"Prod/DailyPlan\", reason: \"...\");\n```\n\n")
              .Append("In a linted template, under the template's `Metadata` (or a resource's, where `At` defaults to its logical ID):\n\n")
              .Append("```yaml\nMetadata:\n  BackupIac:\n    Acknowledge:\n      - Code: ").Append(constraint.Code).Append("\n        At: DailyPlan\n        Reason: \"...\"\n```\n\n")
              .Append("`--strict` makes unacknowledged warnings fail synth.\n");
        }

        return sb.ToString();
    }

    private static string Placeholders(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message, @"\{\d+\}", "…").Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal);

    /// <summary>The fix is the message's last sentences after the problem statement; placeholders are shown as <c>…</c>.</summary>
    private static string FixOf(string message)
    {
        var text = Placeholders(message);
        var sentences = text.Split(". ", StringSplitOptions.RemoveEmptyEntries);
        return sentences.Length > 1 ? string.Join(". ", sentences[1..]) : text;
    }
}
