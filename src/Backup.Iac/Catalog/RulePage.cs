using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Backup.Iac.Catalog;

/// <summary>Renders the documentation page of a constraint (<c>docs/rules/CODE.md</c>); the pages are generated from the catalog.</summary>
public static class RulePage
{
    /// <summary>The page of a constraint, as Markdown.</summary>
    /// <param name="constraint">The constraint.</param>
    /// <returns>The page.</returns>
    /// <exception cref="FormatException">The constraint's page source is malformed (the message names the file and line).</exception>
    public static string Render(Constraint constraint)
    {
        ArgumentNullException.ThrowIfNull(constraint);
        return RulePageSource.Load(constraint.Code) is { } source ? Render(constraint, source) : RenderFromCatalog(constraint);
    }

    /// <summary>The page of a constraint with its hand-written source: the message rendered with the worked example, why, the fix and the examples.</summary>
    internal static string Render(Constraint constraint, RulePageSource source)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(constraint.Code).Append(": ").Append(constraint.Title).Append("\n\n");
        sb.Append("| | |\n|---|---|\n");
        sb.Append("| Code | `").Append(constraint.Code).Append("` |\n");
        sb.Append("| Severity | ").Append(constraint.Severity.ToString().ToLowerInvariant()).Append(" |\n");
        sb.Append("| Catalog ID | ").Append(constraint.ConstraintId is null ? "tool rule (not in the catalog)" : "`" + constraint.ConstraintId + "`").Append(" |\n");
        sb.Append("| AWS documentation | ").AppendJoin("<br>", source.Sources.Select(u => "<" + u + ">")).Append(" |\n\n");
        sb.Append("## What it reports\n\n").Append(Example(constraint.Message, source.Example)).Append("\n\n");
        foreach (var heading in RulePageSource.KnownSections)
        {
            var form = heading.EndsWith("(C#)", StringComparison.Ordinal) ? source.CSharp : heading.EndsWith("(CloudFormation)", StringComparison.Ordinal) ? source.Template : null;
            if (source.Section(heading) is { } section)
            {
                sb.Append("## ").Append(heading).Append("\n\n").Append(section.Text).Append("\n\n");
            }
            else if (form is not null && heading.StartsWith("Failing", StringComparison.Ordinal) && form.StartsWith("none — ", StringComparison.Ordinal))
            {
                sb.Append(heading.EndsWith("(C#)", StringComparison.Ordinal) ? "## In C#\n\n" : "## In CloudFormation\n\n")
                  .Append("Not shown: ").Append(form["none — ".Length..].TrimEnd('.')).Append(".\n\n");
            }
        }

        Acknowledging(sb, constraint);
        sb.Append("\n## Sources\n\n");
        foreach (var url in source.Sources)
        {
            sb.Append("- <").Append(url).Append(">\n");
        }

        return sb.ToString();
    }

    /// <summary>The number of placeholders of a message format (the highest <c>{n}</c> plus one).</summary>
    internal static int PlaceholderCount(string message)
    {
        var indices = Regex.Matches(message.Replace("{{", "", StringComparison.Ordinal), @"\{(\d+)[^}]*\}").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        return indices.Count == 0 ? 0 : indices.Max() + 1;
    }

    /// <summary>The message with the worked example's values; placeholders without a value stay <c>…</c>.</summary>
    internal static string Example(string message, IReadOnlyList<string> values)
    {
        var count = PlaceholderCount(message);
        object[] args = [.. Enumerable.Range(0, count).Select(i => (object)(i < values.Count ? values[i] : "…"))];
        return string.Format(CultureInfo.InvariantCulture, message, args);
    }

    private static void Acknowledging(StringBuilder sb, Constraint constraint)
    {
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
              .Append("`--strict` makes unacknowledged warnings fail synth.\n");
        }
    }

    /// <summary>The page of a constraint whose source is not written yet: generated from the catalog entry alone.</summary>
    private static string RenderFromCatalog(Constraint constraint)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(constraint.Code).Append(": ").Append(constraint.Title).Append("\n\n");
        sb.Append("| | |\n|---|---|\n");
        sb.Append("| Code | `").Append(constraint.Code).Append("` |\n");
        sb.Append("| Severity | ").Append(constraint.Severity.ToString().ToLowerInvariant()).Append(" |\n");
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
              .Append("`--strict` makes unacknowledged warnings fail synth.\n");
        }

        return sb.ToString();
    }

    private static string Placeholders(string message) =>
        Regex.Replace(message, @"\{\d+\}", "…").Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal);

    /// <summary>The fix is the message's last sentences after the problem statement; placeholders are shown as <c>…</c>.</summary>
    private static string FixOf(string message)
    {
        var text = Placeholders(message);
        var sentences = text.Split(". ", StringSplitOptions.RemoveEmptyEntries);
        return sentences.Length > 1 ? string.Join(". ", sentences[1..]) : text;
    }
}
