using System.Globalization;
using System.Text.RegularExpressions;
using Backup.Iac.Validation.Plans;

namespace Backup.Iac.Validation.AuditManager;

/// <summary>One control of a framework, with the sub-path diagnostics use (<c>Controls[2]</c>).</summary>
internal sealed record ControlSubject(Framework Framework, int Index, FrameworkControl Control)
{
    public string SubPath => ConstructPath.Item(nameof(FrameworkProps.Controls), Index);

    public ControlDefinition? Definition => ControlCatalog.Find(Control.ControlName);

    /// <summary>The value of a parameter when it is given and known at synth time; otherwise null.</summary>
    public string? Known(string name) => Control.Parameter(name) is { } v && !Token.IsUnresolved(v) ? v : null;

    /// <summary>The property of a parameter: <c>Parameters.requiredRetentionDays</c>.</summary>
    public static PropertyPath Property(string name) => PropertyPath.Of(nameof(FrameworkControl.Parameters)).Entry(name);

    /// <summary>The controls of a framework (a null list, a modelling mistake, gives none).</summary>
    public static IEnumerable<ControlSubject> Of(Framework framework) =>
        (framework.Props.Controls ?? []).Select((c, i) => new ControlSubject(framework, i, c)).Where(s => s.Control is not null);

    /// <summary>The controls of a framework that have a name of the catalog.</summary>
    public static IEnumerable<ControlSubject> Of(Framework framework, ControlDefinition definition) =>
        Of(framework).Where(s => s.Control.ControlName == definition.Name);
}

/// <summary>Facts shared by the framework, report plan and resource tracking checks.</summary>
internal static partial class AuditFacts
{
    /// <summary>The stacks that deploy to the same account and Region (the stack itself when either is unknown), in app order.</summary>
    public static IEnumerable<BackupStack> SameEnvironment(BackupStack stack, BackupApp app) =>
        app.Stacks.Where(s => s.Environment.Same(stack.Environment));

    /// <summary>The constructs of a type in the stacks of the same account and Region, in app order.</summary>
    public static List<T> InEnvironment<T>(BackupStack stack, BackupApp app) =>
        [.. SameEnvironment(stack, app).SelectMany(s => s.Descendants().OfType<T>())];

    /// <summary>How messages name where a construct deploys.</summary>
    public static string Describe(BackupStack stack) => stack.Environment.Describe();

    /// <summary>The problem of a framework or report plan name (pattern <c>[a-zA-Z][_a-zA-Z0-9]*</c> as a full match, 1-256), or null.</summary>
    public static string? NameProblem(string name)
    {
        if (name.Length == 0)
        {
            return "is empty";
        }

        if (name.Length > 256)
        {
            return string.Create(CultureInfo.InvariantCulture, $"has {name.Length} characters");
        }

        if (!char.IsAsciiLetter(name[0]))
        {
            return $"starts with '{name[0]}'";
        }

        var bad = name.FirstOrDefault(c => !char.IsAsciiLetterOrDigit(c) && c != '_');
        return bad == default ? null : bad == ' ' ? "contains a space" : $"contains '{bad}'";
    }

    /// <summary>The problem of a description (0-1,024 characters, pattern <c>.*\S.*</c>), or null.</summary>
    public static string? DescriptionProblem(string? description) => description switch
    {
        null => null,
        _ when Token.IsUnresolved(description) => null,
        { Length: > 1024 } => string.Create(CultureInfo.InvariantCulture, $"has {description.Length} characters"),
        _ when string.IsNullOrWhiteSpace(description) => description.Length == 0 ? "is empty" : "has only blank characters",
        _ => null,
    };

    /// <summary>A whole number written as digits (no sign, no decimals).</summary>
    public static bool TryWhole(string text, out long value)
    {
        value = 0;
        return WholeNumber().IsMatch(text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>" Did you mean 'X'?" for the nearest of <paramref name="candidates"/> (case-insensitive), or "".</summary>
    public static string Suggestion(string? text, IEnumerable<string> candidates)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var upper = text.ToUpperInvariant();
        var best = candidates
            .Select(c => (Name: c, Distance: Spelling.Distance(upper, c.ToUpperInvariant(), Math.Max(2, c.Length / 3))))
            .Where(c => c.Distance <= Math.Max(2, c.Name.Length / 3))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is null ? "" : $" Did you mean '{best.Name}'?";
    }

    /// <summary>The items of a comma-separated parameter value, trimmed.</summary>
    public static string[] Items(string list) => [.. list.Split(',').Select(i => i.Trim())];

    [GeneratedRegex(@"^[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeNumber();

    /// <summary>An IAM role ARN: <c>arn:PARTITION:iam::ACCOUNT:role/PATH/NAME</c>.</summary>
    [GeneratedRegex(@"^arn:aws(-[a-z]+)*:iam::[0-9]{12}:role/.+$", RegexOptions.CultureInvariant)]
    public static partial Regex RoleArn();

    /// <summary>A framework ARN, with <c>:framework:</c> or the <c>framework/</c> form of one seed example (GOQ-15).</summary>
    [GeneratedRegex(@"^arn:aws(-[a-z]+)*:backup:[a-z0-9-]+:[0-9]{12}:framework[:/][a-zA-Z][_a-zA-Z0-9]*(-[0-9a-f-]+)?$", RegexOptions.CultureInvariant)]
    public static partial Regex FrameworkArn();

    /// <summary>An organizational unit ID (not in the seeds: the AWS Organizations pattern).</summary>
    [GeneratedRegex(@"^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$", RegexOptions.CultureInvariant)]
    public static partial Regex OrganizationUnitId();
}

/// <summary>Regions without AWS Backup Audit Manager: blank cells of the feature table (DG L740-1004, catalog Appendix A; codes not in the seeds).</summary>
internal static class AuditManagerRegions
{
    public static readonly IReadOnlySet<string> Unavailable = new HashSet<string>(StringComparer.Ordinal)
    {
        "ap-south-2", "ap-southeast-3", "ap-southeast-4", "ap-northeast-3", "ca-west-1", "cn-north-1", "cn-northwest-1",
        "eu-south-2", "eu-central-2", "il-central-1", "me-central-1",
    };

    /// <summary>The commercial Regions the seed table lists with Audit Manager (Appendix A), for the 300 account-Region pairs of RPT-020.</summary>
    public const int AvailableCommercial = 20;
}
