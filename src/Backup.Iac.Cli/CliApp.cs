using System.Globalization;
using Backup.Iac.Catalog;

namespace Backup.Iac.Cli;

/// <summary>The commands of <c>backup-iac</c>. Exit codes: 0 success, 1 a finding, 2 bad usage.</summary>
public static class CliApp
{
    private const string Usage = """
        backup-iac: typed AWS Backup infrastructure, validated before deploy.

        Usage:
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
}
