using System.Globalization;
using Backup.Iac.Catalog;
using Backup.Iac.Graph.CloudFormation;

namespace Backup.Iac.Import;

/// <summary>The diagnostics of one linted file.</summary>
/// <param name="Path">The file's path as given.</param>
/// <param name="Diagnostics">The diagnostics, by line and column; paths are relative to the template (a logical ID first).</param>
/// <param name="Unreadable">Whether the file could not be read or is not a template (exit code 2).</param>
public sealed record LintedFile(string Path, IReadOnlyList<SourceDiagnostic> Diagnostics, bool Unreadable)
{
    /// <summary>The template's AWS Backup resources as a resource graph (for <c>convert</c>), or null when there is an error.</summary>
    public Graph.ResourceGraph? Graph { get; init; }

    /// <summary>Whether the file has an error.</summary>
    public bool HasErrors => Unreadable || Diagnostics.Any(d => d.Diagnostic.Severity == Severity.Error);
}

/// <summary>
/// <c>backup-iac lint</c>: reads existing CloudFormation templates, imports their AWS Backup resources into the model,
/// and runs every validation, reporting each diagnostic at the line and column of the template.
/// </summary>
public static class Linter
{
    /// <summary>Lints a file on disk.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The result; a file that cannot be opened is <see cref="LintedFile.Unreadable"/>.</returns>
    public static LintedFile LintFile(string path) => LintFile(path, LintEnvironment.Unknown);

    /// <summary>Lints a file on disk deployed to a known account and Region.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="environment">The account and Region the template is deployed to, as far as known.</param>
    /// <returns>The result; a file that cannot be opened is <see cref="LintedFile.Unreadable"/>.</returns>
    public static LintedFile LintFile(string path, LintEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(environment);
        var content = SourceFile.Read(path);
        if (content.NotRegular)
        {
            return Refused(ImportConstraints.NotARegularFile, path, content.Problem ?? "");
        }

        if (content.Bytes is not { } bytes)
        {
            return Refused(ImportConstraints.FileNotRead, path, content.Problem ?? "The file cannot be read.");
        }

        return Lint(path, bytes, environment);
    }

    /// <summary>Lints the bytes of a file.</summary>
    /// <param name="path">The file's path, for messages and the stack name.</param>
    /// <param name="bytes">The content.</param>
    /// <returns>The result.</returns>
    public static LintedFile Lint(string path, ReadOnlySpan<byte> bytes) => Lint(path, bytes, LintEnvironment.Unknown);

    /// <summary>Lints the bytes of a file deployed to a known account and Region.</summary>
    /// <param name="path">The file's path, for messages and the stack name.</param>
    /// <param name="bytes">The content.</param>
    /// <param name="environment">The account and Region the template is deployed to, as far as known.</param>
    /// <returns>The result.</returns>
    public static LintedFile Lint(string path, ReadOnlySpan<byte> bytes, LintEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(environment);
        if (bytes.Trim(" \t\r\n"u8).IsEmpty)
        {
            return Refused(ImportConstraints.FileNotRead, path, bytes.IsEmpty ? "The file is empty." : "The file holds only white space.");
        }

        try
        {
            var document = SourceReader.Read(bytes, path);
            if (document.Error is { } error)
            {
                return Unreadable(path, error.Message, error.At);
            }

            return Check(path, document.Root ?? new SourceScalar(new SourcePosition(1, 1), "", ScalarKind.Null), 0, environment);
        }
#pragma warning disable CA1031 // a defect must not end the run with a stack trace; it is reported as BKP9199 and the other files are still checked
        catch (Exception e)
#pragma warning restore CA1031
        {
            var c = ImportConstraints.InternalError;
            return new LintedFile(path, [new SourceDiagnostic(new Diagnostic(c.Code, c.Severity, "", string.Format(CultureInfo.InvariantCulture, c.Message, e.GetType().Name + ": " + e.Message)), null)], Unreadable: false);
        }
    }

    /// <summary>Lints a template already read (the member template of a StackSet, at a nesting depth).</summary>
    internal static LintedFile CheckTemplate(string path, SourceNode root, int depth) => Check(path, root, depth, LintEnvironment.Unknown);

    private static LintedFile Check(string path, SourceNode root, int depth, LintEnvironment environment)
    {
        if (PolicyLint.IsPolicy(root))
        {
            // A standalone AWS Organizations backup policy (JSON): checked by the typed policy reader.
            var found = PolicyLint.Check(root, "", "")
                .OrderBy(d => d.At?.Line ?? 0).ThenBy(d => d.At?.Column ?? 0).ThenBy(d => d.Diagnostic.Code, StringComparer.Ordinal).ToList();
            return new LintedFile(path, found, Unreadable: false);
        }

        var stackId = StackId(path);
        var imported = TemplateImporter.Import(root, stackId, out var problem, null, environment);
        if (imported is null)
        {
            return new LintedFile(path, problem is null ? [] : [Relative(problem, stackId)], Unreadable: true);
        }

        var acknowledgements = LintAcknowledgements.Read(root);
        LintAcknowledgements.Apply(imported.App, stackId, acknowledgements);
        var result = imported.App.Synth();
        IEnumerable<Diagnostic> reported = result.Diagnostics;
        if (imported.HasDeployTimeBooleans && TemplateImporter.Import(root, stackId, out _, deployTimeBooleansAre: true, environment) is { } other)
        {
            LintAcknowledgements.Apply(other.App, stackId, acknowledgements);
            // A boolean chosen at deploy time (EnableContinuousBackup: !If ...): what the template gives with either value.
            var both = other.App.Synth().Diagnostics.Select(d => (d.Code, d.Path, d.Property)).ToHashSet();
            reported = reported.Where(d => both.Contains((d.Code, d.Path, d.Property)));
        }

        // A check that needs a value known only at deploy time (or of a shape the model cannot hold) would judge it as
        // absent: not reported; the other checks at that place are.
        var model = reported.Where(d => !imported.NeedsUnknownValue(d))
            .Select(d => new SourceDiagnostic(d with { Message = Token.Describe(d.Message), Property = imported.TemplateProperty(d) }, imported.Locator.Find(d.Path, d.Property))).ToList();
        var modelPlaces = model.Where(d => d.At is not null && d.Diagnostic.Severity == Severity.Error).Select(d => d.At).ToHashSet();

        // A schema finding on a value that a model rule already explains (with its own message and fix) is not repeated.
        var schema = imported.Findings.Where(f => !(IsValueCheck(f.Diagnostic.Code) && modelPlaces.Contains(f.At)));
        var all = schema.Concat(model)
            .Select(d => Relative(d, stackId))
            .Concat(StackSetLint.Check(path, root, depth))
            .OrderBy(d => d.At?.Line ?? 0).ThenBy(d => d.At?.Column ?? 0).ThenBy(d => d.Diagnostic.Code, StringComparer.Ordinal).ThenBy(d => d.Diagnostic.Message, StringComparer.Ordinal)
            .ToList();
        return new LintedFile(path, all, Unreadable: false) { Graph = result.Graphs.FirstOrDefault() };
    }

    /// <summary>The model's property names that differ in CloudFormation (the first segment of a property path).</summary>
    private static readonly Dictionary<string, string> TemplateNames = new(StringComparer.Ordinal)
    {
        ["RemovalPolicy"] = "DeletionPolicy",
        ["StartWindow"] = CfnBackupPlan.BackupRuleResourceTypeProperty.StartWindowMinutes,
        ["CompletionWindow"] = CfnBackupPlan.BackupRuleResourceTypeProperty.CompletionWindowMinutes,
        ["Schedule"] = CfnBackupPlan.BackupRuleResourceTypeProperty.ScheduleExpression,
        ["ScheduleTimeZone"] = CfnBackupPlan.BackupRuleResourceTypeProperty.ScheduleExpressionTimezone,
        ["Vault"] = CfnBackupPlan.BackupRuleResourceTypeProperty.TargetBackupVault,
        ["Destination"] = CfnBackupPlan.CopyActionResourceTypeProperty.DestinationBackupVaultArn,
        ["Role"] = CfnBackupSelection.BackupSelectionResourceTypeProperty.IamRoleArn,
        ["LogicallyAirGappedVault"] = CfnBackupPlan.BackupRuleResourceTypeProperty.TargetLogicallyAirGappedBackupVaultArn,
        ["Lock"] = CfnBackupVault.LockConfiguration,
        ["MinRetention"] = CfnBackupVault.LockConfigurationTypeProperty.MinRetentionDays,
        ["MaxRetention"] = CfnBackupVault.LockConfigurationTypeProperty.MaxRetentionDays,
    };

    /// <summary>The second segments that CloudFormation writes in days (<c>Lifecycle.DeleteAfter</c> is <c>Lifecycle.DeleteAfterDays</c>).</summary>
    private static readonly HashSet<string> DaySegments = ["DeleteAfter", "MoveToColdStorageAfter", "MinRetention", "MaxRetention", "ChangeableFor"];

    /// <summary>
    /// A model property path in the template's terms (issue 13, item 5): <c>RemovalPolicy</c> is <c>DeletionPolicy</c>,
    /// <c>Lifecycle.DeleteAfter</c> <c>Lifecycle.DeleteAfterDays</c>, <c>Lock.MinRetention</c>
    /// <c>LockConfiguration.MinRetentionDays</c>, <c>Notifications.TopicArn</c> <c>Notifications.SNSTopicArn</c>. Indexes
    /// and names the template shares are kept.
    /// </summary>
    internal static string? TemplateProperty(string? property)
    {
        if (property is null)
        {
            return null;
        }

        var segments = property.Split('.');
        var first = segments[0];
        var bracket = first.IndexOf('[', StringComparison.Ordinal);
        var (name, index) = bracket < 0 ? (first, "") : (first[..bracket], first[bracket..]);
        segments[0] = TemplateNames.GetValueOrDefault(name, name) + index;
        if (segments.Length > 1)
        {
            var second = segments[1];
            segments[1] = (name, second) switch
            {
                ("Lock", "Mode") => "",
                ("Notifications", "TopicArn") => CfnBackupVault.NotificationObjectTypeProperty.SNSTopicArn,
                ("Notifications", "Events") => CfnBackupVault.NotificationObjectTypeProperty.BackupVaultEvents,
                _ when DaySegments.Contains(second) => second + "Days",
                _ => second,
            };
        }

        return string.Join('.', segments.Where(s => s.Length > 0));
    }

    private static bool IsValueCheck(string code) =>
        code == ImportConstraints.OutOfBounds.Code || code == ImportConstraints.MissingRequired.Code;

    /// <summary>The diagnostic with its path relative to the template: the stack prefix dropped.</summary>
    private static SourceDiagnostic Relative(SourceDiagnostic d, string stackId)
    {
        var p = d.Diagnostic.Path;
        var relative = p == stackId ? "" : p.StartsWith(stackId + "/", StringComparison.Ordinal) ? p[(stackId.Length + 1)..] : p;
        return d with { Diagnostic = d.Diagnostic with { Path = relative } };
    }

    /// <summary>A path reported with a code of its own (not a regular file, a folder that cannot be read), exit code 2.</summary>
    internal static LintedFile Refused(Constraint c, string path, string detail)
    {
        var text = string.Format(CultureInfo.InvariantCulture, c.Message, detail);
        return new LintedFile(path, [new SourceDiagnostic(new Diagnostic(c.Code, c.Severity, "", text), c.Severity == Severity.Error ? new SourcePosition(1, 1) : null)], Unreadable: c.Severity == Severity.Error);
    }

    private static LintedFile Unreadable(string path, string message, SourcePosition at)
    {
        var c = ImportConstraints.Unreadable;
        var text = string.Format(CultureInfo.InvariantCulture, c.Message, message);
        return new LintedFile(path, [new SourceDiagnostic(new Diagnostic(c.Code, c.Severity, "", text), at)], Unreadable: true);
    }

    /// <summary>
    /// A stack ID from a file name: its letters and digits (a construct ID cannot hold '/'), starting with a letter and
    /// at most 128 characters. The stack name is chosen at deploy time, not written in the template, so the name made
    /// here must never be judged as a CloudFormation stack name (BKP9004): it is always a valid one.
    /// </summary>
    internal static string StackId(string path)
    {
        var name = new string([.. System.IO.Path.GetFileNameWithoutExtension(path).Where(char.IsAsciiLetterOrDigit)]);
        name = name.Length == 0 ? "Template" : char.IsAsciiLetter(name[0]) ? name : "T" + name;
        return name.Length <= MaxStackName ? name : name[..MaxStackName];
    }

    /// <summary>The longest CloudFormation stack name.</summary>
    private const int MaxStackName = 128;
}
