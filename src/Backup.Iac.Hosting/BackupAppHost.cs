using System.Text;
using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Emit.Pulumi;

namespace Backup.Iac;

/// <summary>
/// The command line of a user's Backup.Iac program: <c>synth --out DIR [--format json|yaml|pulumi|all] [--strict] [--verbose]</c>
/// and <c>validate</c>. Exit codes: 0 no error, 1 errors (or warnings under <c>--strict</c>), 2 bad usage.
/// </summary>
public static class BackupAppHost
{
    private const string Usage = """
        Usage:
          synth [--out DIR] [--format json|yaml|pulumi|all] [--strict] [--verbose] [--report FILE]
              Validate the estate and write DIR/<StackName>.template.json (or .yaml), or the Pulumi YAML program
              DIR/pulumi/Pulumi.yaml (DIR/pulumi/<StackName>/Pulumi.yaml for each of several stacks), or both (all).
              Writes nothing when there is an error.
              When DIR already holds a JSON template of a stack, the changes from it that AWS documents as replacements
              or delayed effects are reported too (a vault's key, a plan's name, selections, retention).
          validate [--strict] [--verbose]
              Validate the estate and print the diagnostics only.
          audit [--verbose]
              Judge each framework's controls against the estate before deployment (exit 1 when one would be non-compliant).

        Options:
          --out DIR        Output directory (default: out; --out=DIR for a name that starts with '-'). One synth at a
                           time writes there (DIR/.backup-iac/lock); each file is replaced atomically, and an
                           interrupted synth is completed by the next one (docs/security.md).
          --format FORMAT  json (default), yaml, pulumi, or all (JSON templates and Pulumi programs).
          --strict         Warnings fail too (exit 1).
          --verbose        Print infos as well as errors and warnings.
          --version        Print the version of Backup.Iac (alone).
          --report FILE    Also write the estate report, one self-contained HTML page (written when synth fails too).

        Exit codes: 0 no error; 1 errors (or warnings with --strict); 2 bad usage or output that cannot be written.
        """;

    /// <summary>Runs the command given in <paramref name="args"/> on the app, writing to the console.</summary>
    /// <param name="app">The user's app.</param>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The process exit code.</returns>
    public static int Run(this BackupApp app, string[] args)
    {
        var color = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        return Run(app, args, Console.Out, Console.Error, color);
    }

    /// <summary>Runs the command given in <paramref name="args"/> on the app.</summary>
    /// <param name="app">The user's app.</param>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="stdout">Where diagnostics and results go.</param>
    /// <param name="stderr">Where usage errors go.</param>
    /// <param name="color">Whether to colour the output.</param>
    /// <returns>The process exit code.</returns>
    public static int Run(BackupApp app, string[] args, TextWriter stdout, TextWriter stderr, bool color)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args is ["--version"])
        {
            stdout.WriteLine(ProductVersion.Of(typeof(BackupAppHost).Assembly));
            return 0;
        }

        if (args is ["audit", .. var auditArgs])
        {
            return AuditCommand.Run(app, auditArgs, stdout, stderr, color);
        }

        if (!TryParse(args, out var options, out var problem))
        {
            stderr.WriteLine(problem);
            stderr.WriteLine(Usage);
            return 2;
        }

        if (options.Help)
        {
            stdout.WriteLine(Usage);
            return 0;
        }

        IDisposable? held = null;
        try
        {
            return Synth(app, options, stdout, stderr, color, ref held);
        }
        finally
        {
            held?.Dispose();
        }
    }

    private static int Synth(BackupApp app, Options options, TextWriter stdout, TextWriter stderr, bool color, ref IDisposable? held)
    {
        var result = app.Synth();
        if (options.Command == "synth" && Directory.Exists(options.Out))
        {
            // One synth at a time per folder; an interrupted one is completed before its templates are compared.
            try
            {
                held = OutputFolder.Lock(options.Out, stderr);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not writable: reported below if there is something to write.
            }
        }

        var stacks = result.Graphs.Zip(app.Stacks).ToList();
        // Every emitter checks what its target cannot express and returns that with its output (written later, on demand).
        var templates = options.Cfn is { } cfn ? stacks.Select(p => CloudFormationEmitter.Emit(p.First, cfn, p.Second.Path)).ToList() : [];
        var programs = options.Pulumi && options.Command == "synth" ? stacks.Select(p => PulumiEmitter.Emit(StackSetTemplates.Resolve(p.First), p.Second.Path)).ToList() : [];
        var targetLimits = templates.Concat(programs).SelectMany(e => e.Diagnostics);
        var changes = options.Command == "synth" ? ChangesSincePrevious(result, app, options.Out) : [];
        result = result with { Diagnostics = [.. result.Diagnostics, .. targetLimits.Concat(changes).Where(d => !app.IsAcknowledged(d))] };
        DiagnosticPrinter.Print(stdout, result.Diagnostics, color, options.Verbose);
        if (options.Report is { } report && !EstateReportFile.Write(app, result.Diagnostics, report, stdout, stderr))
        {
            return 2;
        }

        var failed = result.HasErrors || templates.Concat(programs).Any(e => !e.Succeeded) || options.Strict && result.Warnings.Any();
        if (failed)
        {
            stdout.WriteLine(options.Command == "synth"
                ? "Synth failed: nothing was written. Fix the errors above" + (result.HasErrors ? "." : " (warnings fail under --strict).")
                : "Validation failed.");
            return 1;
        }

        if (options.Command == "validate")
        {
            return 0;
        }

        // Templates are emitted as UTF-8 straight into their staged files (OutputFolder.Write), never whole in memory.
        var files = options.Cfn is { } format
            ? templates.Zip(result.Graphs).Select(p => new OutputFile(CloudFormationEmitter.FileName(p.Second, format), p.First.Output!.WriteTo)).ToList()
            : [];
        files.AddRange(programs.Zip(result.Graphs).Select(p => new OutputFile(
            result.Graphs.Length == 1
                ? Path.Combine("pulumi", PulumiEmitter.ProjectFileName)
                : Path.Combine("pulumi", p.Second.StackName, PulumiEmitter.ProjectFileName),
            p.First.Output!.WriteTo)));
        try
        {
            held ??= OutputFolder.Lock(options.Out, stderr);
            OutputFolder.Write(options.Out, files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"Cannot write to '{options.Out}': {e.Message} Nothing was changed there.");
            return 2;
        }

        foreach (var (name, _) in files)
        {
            stdout.WriteLine($"Wrote {Path.Combine(options.Out, name)}");
        }

        return 0;
    }

    /// <summary>Compares each stack with the JSON template a previous synth wrote into the output directory, if any.</summary>
    private static List<Diagnostic> ChangesSincePrevious(SynthResult result, BackupApp app, string dir)
    {
        var found = new List<Diagnostic>();
        foreach (var (graph, stack) in result.Graphs.Zip(app.Stacks))
        {
            var previous = Path.Combine(dir, CloudFormationEmitter.FileName(graph, TemplateFormat.Json));
            // Bounded: only a regular file of at most 16 MB is read (a link to /dev/zero or a FIFO there is not opened).
            if (!File.Exists(previous) || Import.SourceFile.Read(previous) is not { Bytes: { } bytes })
            {
                continue; // no readable previous template: nothing to compare
            }

            var text = Encoding.UTF8.GetString(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes.AsSpan(3) : bytes);

            found.AddRange(Changes.TemplateChanges.Compare(graph, text, stack.Path));
        }

        return found;
    }

    /// <summary>The parsed command line: <c>Cfn</c> is the CloudFormation template format (null for none), <c>Pulumi</c> whether to write Pulumi programs.</summary>
    private sealed record Options(string Command, string Out, TemplateFormat? Cfn, bool Pulumi, bool Strict, bool Verbose, bool Help)
    {
        public string? Report { get; init; }
    }

    private static bool TryParse(string[] args, out Options options, out string problem)
    {
        options = new Options("synth", "out", TemplateFormat.Json, false, false, false, false);
        problem = "";
        if (args.Length == 0)
        {
            problem = "No command given.";
            return false;
        }

        if (args[0] is "--help" or "-h" or "help")
        {
            options = options with { Help = true };
            return true;
        }

        if (args[0] is not ("synth" or "validate"))
        {
            problem = $"Unknown command '{args[0]}'.";
            return false;
        }

        options = options with { Command = args[0] };
        for (var i = 1; i < args.Length; i++)
        {
            // --name=value, or --name value where value is not itself an option (`--out --strict` is a missing value).
            var eq = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i].IndexOf('=', StringComparison.Ordinal) : -1;
            var name = eq > 2 ? args[i][..eq] : args[i];
            string? Value(ref int i)
            {
                if (eq > 2)
                {
                    return args[i][(eq + 1)..];
                }

                return i + 1 < args.Length && !(args[i + 1].StartsWith('-') && args[i + 1].Length > 1) ? args[++i] : null;
            }

            switch (name)
            {
                case "--out" or "-o" when options.Command == "synth":
                    var dir = Value(ref i);
                    if (dir is null)
                    {
                        problem = $"{name} needs a directory (write --out=DIR for one whose name starts with '-').";
                        return false;
                    }

                    if (string.IsNullOrWhiteSpace(dir))
                    {
                        problem = "The output directory is empty.";
                        return false;
                    }

                    options = options with { Out = dir };
                    break;
                case "--format" or "-f" when options.Command == "synth":
                    var format = Value(ref i)?.ToLowerInvariant();
                    if (format is not ("json" or "yaml" or "pulumi" or "all"))
                    {
                        problem = format is null ? $"{name} needs a value: json, yaml, pulumi or all." : $"Unknown format '{format}': use json, yaml, pulumi or all.";
                        return false;
                    }

                    options = options with
                    {
                        Cfn = format switch { "json" or "all" => TemplateFormat.Json, "yaml" => TemplateFormat.Yaml, _ => null },
                        Pulumi = format is "pulumi" or "all",
                    };
                    break;
                case "--report" when options.Command == "synth":
                    var report = Value(ref i);
                    if (string.IsNullOrWhiteSpace(report))
                    {
                        problem = $"{name} needs a file (write --report=FILE for one whose name starts with '-').";
                        return false;
                    }

                    options = options with { Report = report };
                    break;
                case "--strict" when eq < 0:
                    options = options with { Strict = true };
                    break;
                case "--verbose" or "-v" when eq < 0:
                    options = options with { Verbose = true };
                    break;
                case "--help" or "-h" when eq < 0:
                    options = options with { Help = true };
                    break;
                case var _ when eq > 2:
                    problem = $"Option '{name}' takes no value.";
                    return false;
                default:
                    problem = $"Unknown or incomplete option '{args[i]}'.";
                    return false;
            }
        }

        return true;
    }
}
