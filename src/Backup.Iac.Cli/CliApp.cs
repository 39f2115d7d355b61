using System.Globalization;
using Backup.Iac.Catalog;

namespace Backup.Iac.Cli;

/// <summary>The commands of <c>backup-iac</c>. Exit codes: 0 success, 1 a finding, 2 bad usage.</summary>
public static class CliApp
{
    private const string Usage = """
        backup-iac: typed AWS Backup infrastructure, validated before deploy.

        Usage:
          backup-iac lint [OPTIONS] [--] PATH... [--format text|json|sarif] [--output FILE] [--verbose] [--allow-empty]
                 [--account ID] [--region REGION]
                                      Check existing CloudFormation templates (JSON or YAML); a folder is
                                      searched for *.json, *.yaml, *.yml, *.template. Exit code: 0 no error,
                                      1 errors found, 2 a file cannot be read or is not a template, or no
                                      template was found (unless --allow-empty). --output replaces FILE
                                      atomically and never one of the inputs; `--` ends the options.
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
                stdout.WriteLine(System.Reflection.CustomAttributeExtensions.GetCustomAttribute<System.Reflection.AssemblyInformationalVersionAttribute>(typeof(CliApp).Assembly)?.InformationalVersion
                    ?? typeof(CliApp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
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
        var allowEmpty = false;
        var environment = Import.LintEnvironment.Unknown; // --account and --region: where the templates are deployed, when known
        var paths = new List<string>();
        var onlyPaths = false;
        for (var i = 0; i < args.Length; i++)
        {
            var (name, inline) = onlyPaths ? (args[i], null) : SplitOption(args[i]);
            switch (name)
            {
                case var _ when onlyPaths:
                    paths.Add(args[i]);
                    break;
                case "--":
                    onlyPaths = true;
                    break;
                case "--format":
                    if (!TryValue(args, ref i, inline, name, "text|json|sarif", stderr, out var f))
                    {
                        return 2;
                    }

                    if (f is not ("text" or "json" or "sarif"))
                    {
                        stderr.WriteLine($"Unknown lint format '{f}': use text, json or sarif.");
                        return 2;
                    }

                    format = f;
                    break;
                case "--output" or "-o":
                    if (!TryValue(args, ref i, inline, name, "FILE", stderr, out output))
                    {
                        return 2;
                    }

                    break;
                case "--verbose" or "-v" when inline is null:
                    verbose = true;
                    break;
                case "--allow-empty" when inline is null:
                    allowEmpty = true;
                    break;
                case "--account":
                    if (!TryValue(args, ref i, inline, name, "ID", stderr, out var account))
                    {
                        return 2;
                    }

                    if (Import.LintEnvironment.AccountProblem(account) is { } accountProblem)
                    {
                        stderr.WriteLine("--account: " + accountProblem);
                        return 2;
                    }

                    environment = environment with { Account = account };
                    break;
                case "--region":
                    if (!TryValue(args, ref i, inline, name, "REGION", stderr, out var region))
                    {
                        return 2;
                    }

                    if (Import.LintEnvironment.RegionProblem(region) is { } regionProblem)
                    {
                        stderr.WriteLine("--region: " + regionProblem);
                        return 2;
                    }

                    environment = environment with { Region = region };
                    break;
                case var a when a.StartsWith('-') && a.Length > 1:
                    stderr.WriteLine($"Unknown lint option '{args[i]}'. Use --format text|json|sarif, --output FILE, --verbose, --allow-empty, --account ID, --region REGION; put -- before a file whose name starts with '-'.");
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

        var files = Import.LintInputs.Lint(paths, environment); // folders searched without following links to folders; unreadable ones reported

        if (files.Count == 0 && !allowEmpty)
        {
            stderr.WriteLine($"No template found in {string.Join(", ", paths.Select(p => $"'{p}'"))} (*.json, *.yaml, *.yml, *.template). A wrong folder would pass silently: check the path, or add --allow-empty.");
            return 2;
        }

        if (output is not null && files.FirstOrDefault(f => SameFile(f.Path, output)) is { } input)
        {
            stderr.WriteLine($"The output '{output}' is one of the inputs ('{input.Path}'): it would be overwritten. Choose another --output.");
            return 2;
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
                ReportFile.Replace(output, text);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"Cannot write '{output}': {e.Message} The previous report, if any, is unchanged.");
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
            var (name, inline) = SplitOption(args[i]);
            switch (name)
            {
                case "--to":
                    if (!TryValue(args, ref i, inline, name, "pulumi", stderr, out var toValue))
                    {
                        return 2;
                    }

                    to = toValue;
                    break;
                case "--out" or "-o":
                    if (!TryValue(args, ref i, inline, name, "DIR", stderr, out var dir))
                    {
                        return 2;
                    }

                    outDir = dir;
                    break;
                case var a when a.StartsWith('-') && a.Length > 1:
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

        if (lint.HasErrors || emitted?.Output?.ToText() is not { } program)
        {
            stdout.WriteLine("Convert failed: nothing was written. Fix the errors above.");
            return 1;
        }

        var target = Path.Combine(outDir, Emit.Pulumi.PulumiEmitter.ProjectFileName);
        try
        {
            Directory.CreateDirectory(outDir);
            if (SameFile(template, target))
            {
                stderr.WriteLine($"'{target}' is the template being converted: it would be overwritten. Choose another --out.");
                return 2;
            }

            ReportFile.Replace(target, program);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"Cannot write '{target}': {e.Message}");
            return 2;
        }

        stdout.WriteLine($"Wrote {target}");
        return 0;
    }

    /// <summary>Splits <c>--name=value</c>; other arguments have no inline value.</summary>
    private static (string Name, string? Value) SplitOption(string arg) =>
        arg.StartsWith("--", StringComparison.Ordinal) && arg.IndexOf('=', StringComparison.Ordinal) is var eq and > 2 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);

    /// <summary>The value of an option, inline (<c>--out=DIR</c>) or the next argument; an option name is not a value.</summary>
    private static bool TryValue(string[] args, ref int i, string? inline, string name, string what, TextWriter stderr, out string value)
    {
        value = inline ?? (i + 1 < args.Length ? args[i + 1] : "");
        if (inline is null && (i + 1 >= args.Length || args[i + 1].StartsWith('-') && args[i + 1].Length > 1))
        {
            stderr.WriteLine($"{name} needs a value ({what}); write {name}=VALUE for a value that starts with '-'.");
            return false;
        }

        if (value.Length == 0)
        {
            stderr.WriteLine($"{name} needs a value ({what}).");
            return false;
        }

        i += inline is null ? 1 : 0;
        return true;
    }

    /// <summary>Whether two paths name the same file: the same place once links are resolved, or one is a link to the other.</summary>
    private static bool SameFile(string a, string b)
    {
        static string Place(string path) => Path.Combine(ReportFile.Canonical(Path.GetDirectoryName(Path.GetFullPath(path)) ?? "."), Path.GetFileName(path));
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        string[] left = [Place(a), ReportFile.Canonical(a)];
        string[] right = [Place(b), ReportFile.Canonical(b)];
        return left.Any(l => right.Any(r => string.Equals(l, r, comparison)));
    }
}
