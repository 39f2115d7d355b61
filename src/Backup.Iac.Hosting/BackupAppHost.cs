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
          synth [--out DIR] [--format json|yaml|pulumi|all] [--strict] [--verbose]
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
          --out DIR        Output directory (default: out).
          --format FORMAT  json (default), yaml, pulumi, or all (JSON templates and Pulumi programs).
          --strict         Warnings fail too (exit 1).
          --verbose        Print infos as well as errors and warnings.

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

        var result = app.Synth();
        var stacks = result.Graphs.Zip(app.Stacks).ToList();
        var programs = options.Pulumi && options.Command == "synth" ? stacks.Select(p => PulumiEmitter.Emit(StackSetTemplates.Resolve(p.First), p.Second.Path)).ToList() : [];
        var targetLimits = options.Cfn is null ? [] : stacks.SelectMany(p => CloudFormationLimits.Check(p.First, p.Second.Path).Concat(StackSetTemplates.Check(p.First, p.Second.Path))).ToList();
        targetLimits.AddRange(programs.SelectMany(p => p.Diagnostics));
        var changes = options.Command == "synth" ? ChangesSincePrevious(result, app, options.Out) : [];
        result = result with { Diagnostics = [.. result.Diagnostics, .. targetLimits.Concat(changes).Where(d => !app.IsAcknowledged(d))] };
        DiagnosticPrinter.Print(stdout, result.Diagnostics, color, options.Verbose);
        var failed = result.HasErrors || options.Strict && result.Warnings.Any();
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

        var files = options.Cfn is { } format
            ? result.Graphs.Select(g => (Name: CloudFormationEmitter.FileName(g, format), Text: CloudFormationEmitter.Emit(g, format))).ToList()
            : [];
        files.AddRange(programs.Zip(result.Graphs).Select(p => (
            Name: result.Graphs.Length == 1
                ? Path.Combine("pulumi", PulumiEmitter.ProjectFileName)
                : Path.Combine("pulumi", p.Second.StackName, PulumiEmitter.ProjectFileName),
            Text: p.First.Text ?? "")));
        try
        {
            Write(options.Out, files);
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
            string text;
            try
            {
                text = File.ReadAllText(previous);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                continue; // no readable previous template: nothing to compare
            }

            found.AddRange(Changes.TemplateChanges.Compare(graph, text, stack.Path));
        }

        return found;
    }

    /// <summary>
    /// Writes every file to a temporary name first, then moves them all into place; existing files are kept aside and
    /// put back if any step fails, so a failure leaves the directory as it was.
    /// </summary>
    private static void Write(string dir, IReadOnlyList<(string Name, string Text)> files)
    {
        Directory.CreateDirectory(dir);
        var suffix = ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var staged = new List<(string Temp, string Final)>();
        var kept = new List<(string Backup, string Final)>();
        var moved = new List<string>();
        var created = new List<string>();
        var failed = false;
        try
        {
            foreach (var (name, text) in files)
            {
                var final = Path.Combine(dir, name);
                if (Directory.Exists(final))
                {
                    throw new IOException($"'{final}' is a directory.");
                }

                CreateParents(Path.GetDirectoryName(final) ?? dir, created);

                File.WriteAllText(final + suffix, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                staged.Add((final + suffix, final));
            }

            foreach (var (temp, final) in staged)
            {
                if (File.Exists(final))
                {
                    File.Move(final, final + suffix + ".old");
                    kept.Add((final + suffix + ".old", final));
                }

                File.Move(temp, final);
                moved.Add(final);
            }

            foreach (var (backup, _) in kept)
            {
                File.Delete(backup);
            }
        }
        catch
        {
            foreach (var final in moved)
            {
                File.Delete(final);
            }

            foreach (var (backup, final) in kept)
            {
                File.Move(backup, final, overwrite: true);
            }

            failed = true;
            throw;
        }
        finally
        {
            foreach (var (temp, _) in staged.Where(t => File.Exists(t.Temp)))
            {
                File.Delete(temp);
            }

            foreach (var folder in Enumerable.Reverse(created).Where(f => failed && Directory.Exists(f) && !Directory.EnumerateFileSystemEntries(f).Any()))
            {
                Directory.Delete(folder); // folders this write created, innermost first
            }
        }
    }

    /// <summary>Creates a file's folder and the missing folders above it, remembering each one created (outermost first).</summary>
    private static void CreateParents(string folder, List<string> created)
    {
        var missing = new Stack<string>();
        for (var f = folder; !string.IsNullOrEmpty(f) && !Directory.Exists(f); f = Path.GetDirectoryName(f))
        {
            missing.Push(f);
        }

        foreach (var f in missing)
        {
            Directory.CreateDirectory(f);
            created.Add(f);
        }
    }

    /// <summary>The parsed command line: <c>Cfn</c> is the CloudFormation template format (null for none), <c>Pulumi</c> whether to write Pulumi programs.</summary>
    private sealed record Options(string Command, string Out, TemplateFormat? Cfn, bool Pulumi, bool Strict, bool Verbose, bool Help);

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
            switch (args[i])
            {
                case "--out" or "-o" when i + 1 < args.Length && options.Command == "synth":
                    if (string.IsNullOrWhiteSpace(args[i + 1]))
                    {
                        problem = "The output directory is empty.";
                        return false;
                    }

                    options = options with { Out = args[++i] };
                    break;
                case "--format" or "-f" when i + 1 < args.Length && options.Command == "synth":
                    var format = args[++i].ToLowerInvariant();
                    if (format is not ("json" or "yaml" or "pulumi" or "all"))
                    {
                        problem = $"Unknown format '{args[i]}': use json, yaml, pulumi or all.";
                        return false;
                    }

                    options = options with
                    {
                        Cfn = format switch { "json" or "all" => TemplateFormat.Json, "yaml" => TemplateFormat.Yaml, _ => null },
                        Pulumi = format is "pulumi" or "all",
                    };
                    break;
                case "--strict":
                    options = options with { Strict = true };
                    break;
                case "--verbose" or "-v":
                    options = options with { Verbose = true };
                    break;
                case "--help" or "-h":
                    options = options with { Help = true };
                    break;
                default:
                    problem = $"Unknown or incomplete option '{args[i]}'.";
                    return false;
            }
        }

        return true;
    }
}
