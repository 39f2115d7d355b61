using System.Diagnostics;
using Backup.Iac.Tests;

namespace Backup.Iac.Cdk.Tests;

/// <summary>
/// The real <c>cdk synth</c> on the repository's cdk.json, run once for the valid app and once for the broken
/// variant (<c>-c broken=true</c>). The CLI is the one package.json pins (<c>npm ci</c> installs it when
/// node_modules lacks it). Null results mean Node.js or npm is missing (the tests are then skipped).
/// </summary>
public sealed class CdkCliFixture : IDisposable
{
    public CdkCliFixture()
    {
        if (!NodeFactAttribute.Available)
        {
            return;
        }

        var cli = Repo.PathOf("node_modules", ".bin", "cdk");
        if (!File.Exists(cli))
        {
            var (code, output) = Run("npm", ["ci", "--no-audit", "--no-fund"]);
            Assert.True(code == 0, "npm ci failed:\n" + output);
        }

        Valid = Synth(cli, "cdk-valid-", []);
        Broken = Synth(cli, "cdk-broken-", ["-c", "broken=true"]);
    }

    public Synthesis? Valid { get; }

    public Synthesis? Broken { get; }

    public void Dispose()
    {
        foreach (var s in new[] { Valid, Broken })
        {
            if (s is not null)
            {
                Directory.Delete(s.Outdir, recursive: true);
            }
        }
    }

    private static Synthesis Synth(string cli, string prefix, string[] extra)
    {
        var outdir = Directory.CreateTempSubdirectory("backup-iac-" + prefix).FullName;
        var (code, output) = Run(cli, ["synth", "--no-notices", "--output", outdir, .. extra, "Prod"]);
        return new Synthesis(code, output, outdir);
    }

    /// <summary>Runs a command at the repository root; returns the exit code and stdout + stderr.</summary>
    public static (int Code, string Output) Run(string file, string[] args)
    {
        var psi = new ProcessStartInfo(file) { WorkingDirectory = Repo.Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"] = "1";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} ran for more than 10 minutes.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}

/// <summary>The result of one <c>cdk synth</c>.</summary>
public sealed record Synthesis(int ExitCode, string Output, string Outdir)
{
    public string Template => Path.Combine(Outdir, "Prod.template.json");
}

/// <summary>A fact that is skipped (with the reason) where Node.js or npm is not installed.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    private static readonly Lazy<bool> Found = new(() => Tool.Run("node", ["--version"], out _) == 0 && Tool.Run("npm", ["--version"], out _) == 0);

    public NodeFactAttribute()
    {
        if (!Available)
        {
            Skip = "Node.js or npm is not installed: the AWS CDK CLI (and the jsii runtime) cannot run here.";
        }
    }

    public static bool Available => Found.Value;
}
