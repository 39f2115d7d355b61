using System.Globalization;
using Backup.Iac.Catalog;

namespace Backup.Iac.Cli;

/// <summary>The commands of <c>backup-iac</c>. Exit codes: 0 success, 1 a finding, 2 bad usage.</summary>
public static class CliApp
{
    private const string Usage = """
        backup-iac: typed AWS Backup infrastructure, validated before deploy.

        Usage:
          backup-iac lint PATH... [--format text|json|sarif] [--output FILE] [--verbose]
                                      Check existing CloudFormation templates (JSON or YAML); a folder is
                                      searched for *.json, *.yaml, *.yml, *.template. Exit code: 0 no error,
                                      1 errors found, 2 a file cannot be read or is not a template.
          backup-iac convert TEMPLATE --to pulumi --out DIR
                                      Write the AWS Backup resources of an existing CloudFormation template as a
                                      Pulumi YAML program (DIR/Pulumi.yaml). Nothing is written when the template
                                      has errors (exit 1) or cannot be read (exit 2).
          backup-iac report PATH... --out FILE
                                      Write the estate report of existing templates: one self-contained HTML page
                                      (coverage, retention, schedules, copy flows, governance, diagnostics).
          backup-iac explain CODE     Print the documentation page of a diagnostic code (e.g. BKP2204).
          backup-iac rules            List every rule: code, severity, catalog ID, title.
          backup-iac --version        Print the version.

        A program that builds an estate runs it with BackupApp.Run(args): `dotnet run -- synth --out out`.
        """;

    /// <summary>Runs a command.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        switch (args)
        {
            case [] or ["--help" or "-h" or "help"]:
                stdout.WriteLine(Usage);
                return args.Length == 0 ? 2 : 0;
            case ["--version"]:
                stdout.WriteLine(typeof(CliApp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
                return 0;
            case ["rules"]:
                foreach (var c in RuleBook.All)
                {
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{c.Code}  {c.Severity.ToString().ToLowerInvariant(),-7}  {c.ConstraintId ?? "-",-9}  {c.Title}"));
                }

                return 0;
            case ["lint", .. var rest]:
                return Lint(rest, stdout, stderr);
            case ["report", .. var rest]:
                return ReportCommand.Run(rest, stdout, stderr);
            case ["convert", .. var rest]:
                return Convert(rest, stdout, stderr);
            case ["explain", var code]:
                if (RuleBook.Find(code) is { } constraint)
                {
                    stdout.Write(RulePage.Render(constraint));
                    return 0;
                }

                stderr.WriteLine($"Unknown code '{code}'. `backup-iac rules` lists the codes.");
                return 2;
            default:
                stderr.WriteLine($"Unknown command '{string.Join(' ', args)}'.");
                stderr.WriteLine(Usage);
                return 2;
        }
    }

    private static int Lint(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var format = "text";
        string? output = null;
        var verbose = false;
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format" when i + 1 < args.Length && args[i + 1] is "text" or "json" or "sarif":
                    format = args[++i];
                    break;
                case "--output" or "-o" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--verbose" or "-v":
                    verbose = true;
                    break;
                case var a when a.StartsWith('-'):
                    stderr.WriteLine($"Unknown lint option '{a}'. Use --format text|json|sarif, --output FILE, --verbose.");
                    return 2;
                default:
                    paths.Add(args[i]);
                    break;
            }
        }

        if (paths.Count == 0)
        {
            stderr.WriteLine("lint needs at least one file or folder: backup-iac lint template.yaml");
            return 2;
        }

        var files = new List<Import.LintedFile>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
                        || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".template", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                files.AddRange(found.Select(Import.Linter.LintFile));
            }
            else
            {
                files.Add(Import.Linter.LintFile(path));
            }
        }

        var text = format switch
        {
            "json" => Import.LintReport.Json(files),
            "sarif" => Import.LintReport.Sarif(files, RuleBook.Find, typeof(CliApp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"),
            _ => Import.LintReport.Text(files, verbose),
        };
        if (output is null)
        {
            stdout.Write(text);
        }
        else
        {
            try
            {
                File.WriteAllText(output, text);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"Cannot write '{output}': {e.Message}");
                return 2;
            }

            stdout.Write(Import.LintReport.Text(files, verbose: false).Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1] + "\n");
        }

        return Import.LintReport.ExitCode(files);
    }

    private static int Convert(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? template = null;
        string? to = null;
        string? outDir = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--to" when i + 1 < args.Length:
                    to = args[++i];
                    break;
                case "--out" or "-o" when i + 1 < args.Length:
                    outDir = args[++i];
                    break;
                case var a when a.StartsWith('-'):
                    stderr.WriteLine($"Unknown convert option '{a}'. Usage: backup-iac convert TEMPLATE --to pulumi --out DIR");
                    return 2;
                default:
                    template ??= args[i];
                    break;
            }
        }

        if (template is null || to != "pulumi" || outDir is null)
        {
            stderr.WriteLine("Usage: backup-iac convert TEMPLATE --to pulumi --out DIR (pulumi is the one target; CloudFormation is the input).");
            return 2;
        }

        var lint = Import.Linter.LintFile(template);
        stdout.Write(Import.LintReport.Text([lint]));
        if (lint.Unreadable)
        {
            return 2;
        }

        IReadOnlyList<Graph.Parameter> external = [];
        var emitted = lint.Graph is { } graph ? Emit.Pulumi.PulumiEmitter.Emit(Import.ExternalValues.ToParameters(graph, out external)) : null;
        foreach (var p in external)
        {
            stdout.WriteLine($"config {p.Name}: {p.Description} (set it with `pulumi config set {p.Name} ...`)");
        }

        foreach (var d in emitted?.Diagnostics ?? [])
        {
            stdout.WriteLine(d.ToString());
        }

        if (lint.HasErrors || emitted?.Text is not { } program)
        {
            stdout.WriteLine("Convert failed: nothing was written. Fix the errors above.");
            return 1;
        }

        var target = Path.Combine(outDir, Emit.Pulumi.PulumiEmitter.ProjectFileName);
        try
        {
            Directory.CreateDirectory(outDir);
            var temp = target + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
            File.WriteAllText(temp, program);
            File.Move(temp, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"Cannot write '{target}': {e.Message}");
            return 2;
        }

        stdout.WriteLine($"Wrote {target}");
        return 0;
    }
}
