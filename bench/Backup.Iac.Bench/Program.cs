using System.Globalization;
using BenchmarkDotNet.Running;
using Backup.Iac.Bench;

// The stage harness (default) or, with "bdn" first, the BenchmarkDotNet suites. Neither runs in `dotnet test`.
if (args.Length > 0 && args[0] == "bdn")
{
    BenchmarkSwitcher.FromAssembly(typeof(SynthBenchmarks).Assembly).Run(args[1..]);
    return 0;
}

try
{
    return StageBench.Run(BenchOptions.Parse(args));
}
catch (FormatException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

namespace Backup.Iac.Bench
{
    /// <summary>Command-line options of the stage harness.</summary>
    internal sealed record BenchOptions
    {
        public const string Usage = "usage: Backup.Iac.Bench [--estates N[,N...]] [--runs R] [--warmup W] [--compare-cdk] [--cdk-runs R] [--no-lint] [--profile]";

        public IReadOnlyList<int> Estates { get; init; } = [1, 10, 100, 1000, 10000];

        public int? Runs { get; init; }

        public int? Warmup { get; init; }

        public bool CompareCdk { get; init; }

        public int CdkRuns { get; init; } = 1;

        public bool Lint { get; init; } = true;

        public bool Profile { get; init; }

        public static BenchOptions Parse(string[] args)
        {
            var options = new BenchOptions();
            for (var i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value.");
                int Int(string s) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new FormatException($"Not a positive number: {s}.");
                options = args[i] switch
                {
                    "--estates" => options with { Estates = [.. Next().Split(',').Select(Int)] },
                    "--runs" => options with { Runs = Int(Next()) },
                    "--warmup" => options with { Warmup = int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture) },
                    "--compare-cdk" => options with { CompareCdk = true },
                    "--cdk-runs" => options with { CdkRuns = Int(Next()) },
                    "--no-lint" => options with { Lint = false },
                    "--profile" => options with { Profile = true },
                    _ => throw new FormatException($"Unknown option {args[i]}."),
                };
            }

            return options;
        }
    }
}
