using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Backup.Iac.Tests;

public partial class ArchitectureTests
{
    /// <summary>Project references enforce the one-way pipeline (STYLE §1).</summary>
    [Theory]
    [InlineData("src/Backup.Iac.Graph/Backup.Iac.Graph.csproj", new string[0])]
    [InlineData("src/Backup.Iac/Backup.Iac.csproj", new[] { "Backup.Iac.Graph" })]
    [InlineData("src/Backup.Iac.Emit.CloudFormation/Backup.Iac.Emit.CloudFormation.csproj", new[] { "Backup.Iac.Graph" })]
    [InlineData("src/Backup.Iac.Emit.Pulumi/Backup.Iac.Emit.Pulumi.csproj", new[] { "Backup.Iac.Graph" })]
    [InlineData("src/Backup.Iac.Hosting/Backup.Iac.Hosting.csproj", new[] { "Backup.Iac", "Backup.Iac.Emit.CloudFormation", "Backup.Iac.Emit.Pulumi", "Backup.Iac.Import", "Backup.Iac.Report" })]
    [InlineData("src/Backup.Iac.Report/Backup.Iac.Report.csproj", new[] { "Backup.Iac" })] // reads the validated model; never an emitter
    public void Projects_reference_only_what_the_pipeline_allows(string project, string[] allowed)
    {
        var text = File.ReadAllText(Repo.PathOf(project.Split('/')));
        var references = ProjectReference().Matches(text).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(allowed.Order(), references.Order());
        var packages = PackageReference().Matches(text).Select(m => m.Groups[1].Value).ToArray();
        // The core projects use the BCL only, except JsonSchema.Net in Backup.Iac (System.Text.Json based, no Newtonsoft):
        // it checks hand-written backup policies against schemas/backup-policy.schema.json (governance issue 7).
        Assert.Equal(project.EndsWith("/Backup.Iac.csproj", StringComparison.Ordinal) ? ["JsonSchema.Net"] : [], packages);
    }

    /// <summary>
    /// No clock, randomness or console in the library (STYLE §7: deterministic output). The one check that needs today's
    /// date reads <c>ValidationContext.Now</c>, from the app's injected clock; <c>TimeProvider.System</c> is named once,
    /// as that clock's default in <c>BackupApp.cs</c>.
    /// </summary>
    [Fact]
    public void Library_code_uses_no_clock_randomness_or_console()
    {
        var banned = new[]
        {
            "DateTime.Now", "DateTime.UtcNow", "DateTime.Today", "DateTimeOffset.Now", "DateTimeOffset.UtcNow", "TimeProvider.System",
            "Guid.NewGuid", "new Random(", "Random.Shared", "Console.",
        };
        var defaultClock = Path.Combine("src", "Backup.Iac", "Model", "BackupApp.cs");
        var offenders = new List<string>();
        foreach (var project in new[] { "Backup.Iac.Graph", "Backup.Iac", "Backup.Iac.Emit.CloudFormation", "Backup.Iac.Emit.Pulumi", "Backup.Iac.Import", "Backup.Iac.Report" })
        {
            foreach (var file in Directory.EnumerateFiles(Repo.PathOf("src", project), "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal)))
            {
                var text = File.ReadAllText(file);
                var relative = Path.GetRelativePath(Repo.Root, file);
                offenders.AddRange(banned.Where(b => text.Contains(b, StringComparison.Ordinal))
                    .Where(b => !(b == "TimeProvider.System" && relative == defaultClock && CountOf(text, b) == 1))
                    .Select(b => $"{relative}: {b}"));
            }
        }

        Assert.Empty(offenders);
        Assert.Equal(1, CountOf(File.ReadAllText(Repo.PathOf(defaultClock.Split(Path.DirectorySeparatorChar))), "TimeProvider.System"));

        static int CountOf(string text, string what) => (text.Length - text.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;
    }

    /// <summary>The public API is a checked-in text file (tests/Golden/PublicApi.txt): a change to it is a reviewed change.</summary>
    [Fact]
    public void Public_api_matches_the_approved_file()
    {
        var sb = new StringBuilder();
        var assemblies = new[] { typeof(BackupApp).Assembly, typeof(Graph.ResourceGraph).Assembly, typeof(Emit.CloudFormation.CloudFormationEmitter).Assembly, typeof(Emit.Pulumi.PulumiEmitter).Assembly, typeof(BackupAppHost).Assembly, typeof(Import.Linter).Assembly };
        foreach (var type in assemblies.Distinct().SelectMany(a => a.GetExportedTypes()).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            sb.Append(type.IsEnum ? "enum " : type.IsInterface ? "interface " : type.IsValueType ? "struct " : "class ").Append(type.FullName).Append('\n');
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = type.GetMembers(flags)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && m.Name != "<Clone>$" && !m.Name.StartsWith("op_", StringComparison.Ordinal) || m.Name.StartsWith("op_Implicit", StringComparison.Ordinal))
                .Select(m => "  " + m.MemberType.ToString().ToLowerInvariant() + " " + m)
                .Order(StringComparer.Ordinal);
            foreach (var member in members)
            {
                sb.Append(member).Append('\n');
            }
        }

        Golden.Match("tests/Golden/PublicApi.txt", sb.ToString());
    }

    [GeneratedRegex("<ProjectReference Include=\"[^\"]*/([^/\"]+)\\.csproj\"", RegexOptions.CultureInvariant)]
    private static partial Regex ProjectReference();

    [GeneratedRegex("<PackageReference Include=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex PackageReference();
}
