namespace Backup.Iac.Tests;

/// <summary>Runs the cfn-lint installed on the machine; tests using it are skipped (with the reason) when it is absent.</summary>
internal static class CfnLint
{
    private static readonly Lazy<string?> Version = new(() => Tool.Run("cfn-lint", ["--version"], out var output) == 0 ? output.Trim() : null);

    public static bool Available => Version.Value is not null;

    public static string Missing => "cfn-lint is not installed on this machine (pip install cfn-lint); the template checks are skipped.";

    /// <summary>
    /// Lints the files; returns the exit code and the output. cfn-lint exits 0 clean, 2 on errors, 4 on warnings, 8 on
    /// infos (bit flags). cfn-lint 1.51 bundles schemas from before AWS::Backup::LegalHold joined the registry
    /// (../shared/reference/cloudformation/README.md), so that type's registry schema is passed with --registry-schemas.
    /// </summary>
    public static (int ExitCode, string Output) Run(IEnumerable<string> files)
    {
        var schemas = Directory.CreateTempSubdirectory("backup-iac-schemas-").FullName;
        try
        {
            var legalHold = Path.Combine(Repo.Shared, "reference", "cloudformation", "aws-backup-legalhold.json");
            string[] registry = File.Exists(legalHold) ? ["--registry-schemas", schemas] : [];
            if (File.Exists(legalHold))
            {
                File.Copy(legalHold, Path.Combine(schemas, "aws-backup-legalhold.json"));
            }

            var code = Tool.Run("cfn-lint", ["--format", "parseable", .. registry, "--", .. files], out var output);
            return (code, output);
        }
        finally
        {
            Directory.Delete(schemas, recursive: true);
        }
    }
}

/// <summary>A fact that is skipped when cfn-lint is not installed (and, with <see cref="NeedsShared"/>, as <see cref="SharedFactAttribute"/>).</summary>
public sealed class CfnLintFactAttribute : FactAttribute
{
    private bool needsShared;

    public CfnLintFactAttribute()
    {
        if (!CfnLint.Available)
        {
            Skip = CfnLint.Missing;
        }
    }

    /// <summary>The test reads ../shared too: skipped where it is missing, except under CI=true.</summary>
    public bool NeedsShared
    {
        get => needsShared;
        set
        {
            needsShared = value;
            if (value && Skip is null && Repo.SharedSkipReason is { } reason)
            {
                Skip = reason;
            }
        }
    }
}
