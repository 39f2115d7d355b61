using System.Diagnostics;
using System.Globalization;

namespace Backup.Iac.Bench;

/// <summary>
/// <c>--compare-cdk</c>: synthesizes the same estates with Amazon.CDK.Lib's L2 constructs in a separate process
/// (bench/Backup.Iac.Bench.Cdk, built beside this project) and returns its median in ms. The child prints
/// <c>cdk_ms=&lt;median&gt; peak_mb=&lt;n&gt;</c> as its last line.
/// </summary>
internal static class CdkComparison
{
    public static double? Run(int estates, int runs)
    {
        var dll = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "Backup.Iac.Bench.Cdk", "bin",
            new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Release", "net10.0", "Backup.Iac.Bench.Cdk.dll"));
        if (!File.Exists(dll))
        {
            Console.Error.WriteLine($"The CDK comparison is not built: {dll} (it is built with this project).");
            return null;
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.Environment["JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION"] = "1";
        start.Environment["JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"] = "1";
        foreach (var arg in new[] { dll, "--estates", estates.ToString(CultureInfo.InvariantCulture), "--runs", runs.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        string? last = null;
        while (child.StandardOutput.ReadLine() is { } line)
        {
            Console.WriteLine("  cdk: " + line);
            last = line;
        }

        child.WaitForExit();
        if (child.ExitCode != 0 || last is null || !last.StartsWith("cdk_ms=", StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"The CDK comparison failed (exit code {child.ExitCode}).");
            return null;
        }

        var value = last["cdk_ms=".Length..].Split(' ')[0];
        return double.Parse(value, CultureInfo.InvariantCulture);
    }
}
