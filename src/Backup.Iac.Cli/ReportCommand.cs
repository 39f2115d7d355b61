using System.Globalization;
using Backup.Iac.Import;
using Backup.Iac.Report;

namespace Backup.Iac.Cli;

/// <summary>
/// <c>backup-iac report PATH... --out FILE</c>: one estate report (a self-contained HTML page) of existing templates,
/// read through the lint importer; each template is one stack, with lint's diagnostics at their lines and columns.
/// Exit codes: 0 written, 2 bad usage, a path that does not exist, or a report that cannot be written.
/// </summary>
internal static class ReportCommand
{
    public const string Usage = "Usage: backup-iac report PATH... --out FILE (templates, or folders searched for *.json, *.yaml, *.yml, *.template)";

    /// <summary>Parses <c>PATH... --out FILE</c> and runs the command.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? output = null;
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" or "-o" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case var a when a.StartsWith('-'):
                    stderr.WriteLine($"Unknown report option '{a}'. {Usage}");
                    return 2;
                default:
                    paths.Add(args[i]);
                    break;
            }
        }

        if (paths.Count == 0 || output is null)
        {
            stderr.WriteLine(Usage);
            return 2;
        }

        return Run(paths, output, stdout, stderr);
    }

    /// <summary>Writes the report of the templates at <paramref name="paths"/> (files or folders) to <paramref name="output"/>.</summary>
    public static int Run(IReadOnlyList<string> paths, string output, TextWriter stdout, TextWriter stderr)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".json" or ".yaml" or ".yml" or ".template")
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                stderr.WriteLine($"'{path}' is neither a file nor a folder. {Usage}");
                return 2;
            }
        }

        var sources = files.Select(Read).ToList();
        var errors = sources.Sum(s => s.Diagnostics.Count(d => d.Severity == Severity.Error));
        var unreadable = sources.Count(s => s.App is null);
        if (!EstateReportFile.Write(sources, output, stdout, stderr))
        {
            return 2;
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files.Count} file(s) in the report, {errors} error(s){(unreadable > 0 ? $", {unreadable} file(s) not read as templates (their diagnostics are listed)" : "")}."));
        return 0;
    }

    /// <summary>Lints one file and imports it again for the model (lint keeps only the diagnostics and the graph).</summary>
    private static ReportSource Read(string path)
    {
        var lint = Linter.LintFile(path);
        var stackId = StackId(path);
        BackupApp? app = null;
        if (!lint.Unreadable)
        {
            try
            {
                var bytes = File.ReadAllBytes(path);
                if (SourceReader.Read(bytes, path).Root is { } root)
                {
                    app = TemplateImporter.Import(root, stackId, out _)?.App; // null for a standalone policy file: it has no Resources
                }
            }
#pragma warning disable CA1031 // as in lint: a defect of the importer must not end the report; the file is then shown by its diagnostics only
            catch (Exception)
#pragma warning restore CA1031
            {
                app = null;
            }
        }

        // Lint's paths are relative to the template; the model's start with the stack.
        var diagnostics = new List<Diagnostic>();
        var locations = new Dictionary<Diagnostic, string>();
        foreach (var d in lint.Diagnostics)
        {
            var p = d.Diagnostic.Path;
            var full = d.Diagnostic with { Path = app is null ? p : p.Length == 0 ? stackId : stackId + "/" + p };
            diagnostics.Add(full);
            if (d.At is { } at)
            {
                locations.TryAdd(full, string.Create(CultureInfo.InvariantCulture, $"{at.Line}:{at.Column}"));
            }
        }

        return new ReportSource(Path.GetFileName(path), app, diagnostics) { Locations = locations };
    }

    /// <summary>The stack ID lint gives a file (its letters and digits), so that lint's paths match the model's.</summary>
    private static string StackId(string path)
    {
        var name = new string([.. Path.GetFileNameWithoutExtension(path).Where(char.IsAsciiLetterOrDigit)]);
        name = name.Length == 0 ? "Template" : char.IsAsciiLetter(name[0]) ? name : "T" + name;
        return name.Length <= 128 ? name : name[..128]; // as lint: a valid stack name, at most 128 characters
    }
}
