using Backup.Iac.Tests;

namespace Backup.Iac.Pulumi.Tests;

/// <summary>
/// Every emitted program, turned into TypeScript (<see cref="TypeScriptProgram"/>), type-checks with tsc against the
/// @pulumi/aws 7.48.0 typings pinned in typescript/package-lock.json (installed with <c>npm ci</c> when missing), in one
/// tsc run. Skipped (with the reason) where Node.js and npm are not installed.
/// </summary>
public class TypeCheckTests
{
    private static readonly string Project = Repo.PathOf("tests", "Backup.Iac.Pulumi.Tests", "typescript");

    [NodeFact]
    public void Every_program_type_checks_against_the_pulumi_aws_typings()
    {
        Install();
        var generated = Path.Combine(Project, "generated");
        if (Directory.Exists(generated))
        {
            Directory.Delete(generated, recursive: true);
        }

        Directory.CreateDirectory(generated);
        var names = new Dictionary<string, string>();
        foreach (var (name, _, program) in Programs.All)
        {
            var file = $"p{names.Count}.ts";
            File.WriteAllText(Path.Combine(generated, file), TypeScriptProgram.From(YamlTree.Load(program.Text!)));
            names[file] = name;
        }

        File.WriteAllText(Path.Combine(generated, "tsconfig.json"), """
            {
              "compilerOptions": {
                "strict": true, "noEmit": true, "skipLibCheck": true, "target": "es2020",
                "module": "commonjs", "moduleResolution": "node", "types": []
              },
              "include": ["*.ts"]
            }
            """);
        var tsc = Path.Combine(Project, "node_modules", "typescript", "bin", "tsc");
        var code = Tool.Run("node", ["--max-old-space-size=4096", tsc, "-p", Path.Combine(generated, "tsconfig.json"), "--pretty", "false"], out var output);
        var errors = output.Split('\n').Where(l => l.Contains("error TS", StringComparison.Ordinal))
            .Select(l => names.TryGetValue(l.Split('(')[0].Split('/')[^1], out var n) ? $"{n}: {l}" : l).ToList();
        Assert.True(code == 0 && errors.Count == 0, $"tsc exit {code}:\n" + string.Join("\n", errors.Take(30)) + (errors.Count == 0 ? output : ""));
        Assert.True(names.Count > 50);
    }

    [NodeFact]
    public void A_misspelt_or_mistyped_property_fails_the_type_check()
    {
        Install();
        var generated = Path.Combine(Project, "generated-negative");
        Directory.CreateDirectory(generated);
        try
        {
            var program = Programs.All.First(p => p.Name == "EveryProperty").Program.Text!;
            var cases = new Dictionary<string, string>
            {
                ["misspelt.ts"] = program.Replace("minRetentionDays: 7", "minRetentionDay: 7", StringComparison.Ordinal),
                ["mistyped.ts"] = program.Replace("completionWindow: 600", "completionWindow: \"600\"", StringComparison.Ordinal),
                ["nested.ts"] = program.Replace("coldStorageAfter: 30", "coldStorageAfterDays: 30", StringComparison.Ordinal),
                ["output.ts"] = program.Replace(".arn}", ".vaultArn}", StringComparison.Ordinal),
            };
            foreach (var (file, text) in cases)
            {
                Assert.NotEqual(program, text);
                File.WriteAllText(Path.Combine(generated, file), TypeScriptProgram.From(YamlTree.Load(text)));
            }

            File.WriteAllText(Path.Combine(generated, "tsconfig.json"), """
                { "compilerOptions": { "strict": true, "noEmit": true, "skipLibCheck": true, "target": "es2020", "module": "commonjs", "moduleResolution": "node", "types": [] }, "include": ["*.ts"] }
                """);
            var tsc = Path.Combine(Project, "node_modules", "typescript", "bin", "tsc");
            Tool.Run("node", ["--max-old-space-size=4096", tsc, "-p", Path.Combine(generated, "tsconfig.json"), "--pretty", "false"], out var output);
            foreach (var file in cases.Keys)
            {
                Assert.Contains(output.Split('\n'), l => l.Contains(file, StringComparison.Ordinal) && l.Contains("error TS", StringComparison.Ordinal));
            }
        }
        finally
        {
            Directory.Delete(generated, recursive: true);
        }
    }

    private static readonly Lazy<bool> Installed = new(() =>
    {
        if (File.Exists(Path.Combine(Project, "node_modules", "@pulumi", "aws", "package.json")) && File.Exists(Path.Combine(Project, "node_modules", "typescript", "bin", "tsc")))
        {
            return true;
        }

        var code = Tool.Run("npm", ["ci", "--prefix", Project, "--no-audit", "--no-fund", "--ignore-scripts"], out var output);
        Assert.True(code == 0, "npm ci failed: " + output);
        return true;
    });

    private static void Install() => Assert.True(Installed.Value);
}

/// <summary>A fact that is skipped when Node.js or npm is not installed.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (Tool.Run("node", ["--version"], out _) != 0 || Tool.Run("npm", ["--version"], out _) != 0)
        {
            Skip = "Node.js and npm are not installed on this machine; the TypeScript type-check of the Pulumi programs is skipped.";
        }
    }
}
