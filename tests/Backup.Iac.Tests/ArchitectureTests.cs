using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Backup.Iac.Tests;

public partial class ArchitectureTests
{
    /// <summary>
    /// Project references enforce the one-way pipeline (STYLE §1): each project, the projects and packages it may
    /// reference. The kernel (Graph: graph, diagnostics, constraints, YAML helpers) references nothing; the model
    /// references the kernel; the emitters the kernel only (never the model); import reads templates into the model;
    /// the hosts (Hosting, the CLI, Testing, the CDK adapter) put the pipeline together.
    /// </summary>
    [Theory]
    [InlineData("src/Backup.Iac.Graph/Backup.Iac.Graph.csproj", new string[0], new string[0])]
    // JsonSchema.Net (System.Text.Json based, no Newtonsoft) checks hand-written backup policies against
    // schemas/backup-policy.schema.json (governance issue 7).
    [InlineData("src/Backup.Iac/Backup.Iac.csproj", new[] { "Backup.Iac.Graph" }, new[] { "JsonSchema.Net" })]
    [InlineData("src/Backup.Iac.Emit.CloudFormation/Backup.Iac.Emit.CloudFormation.csproj", new[] { "Backup.Iac.Graph" }, new string[0])]
    [InlineData("src/Backup.Iac.Emit.Pulumi/Backup.Iac.Emit.Pulumi.csproj", new[] { "Backup.Iac.Graph" }, new string[0])]
    // Import reads templates (YAML and JSON) into the model, and never writes one: no emitter.
    [InlineData("src/Backup.Iac.Import/Backup.Iac.Import.csproj", new[] { "Backup.Iac", "Backup.Iac.Graph" }, new[] { "YamlDotNet" })]
    [InlineData("src/Backup.Iac.Report/Backup.Iac.Report.csproj", new[] { "Backup.Iac" }, new string[0])] // reads the validated model; never an emitter
    [InlineData("src/Backup.Iac.Hosting/Backup.Iac.Hosting.csproj", new[] { "Backup.Iac", "Backup.Iac.Emit.CloudFormation", "Backup.Iac.Emit.Pulumi", "Backup.Iac.Import", "Backup.Iac.Report" }, new string[0])]
    [InlineData("src/Backup.Iac.Cli/Backup.Iac.Cli.csproj", new[] { "Backup.Iac", "Backup.Iac.Emit.CloudFormation", "Backup.Iac.Emit.Pulumi", "Backup.Iac.Hosting", "Backup.Iac.Import" }, new string[0])]
    [InlineData("src/Backup.Iac.Testing/Backup.Iac.Testing.csproj", new[] { "Backup.Iac.Package", "Backup.Iac", "Backup.Iac.Graph", "Backup.Iac.Emit.CloudFormation" }, new string[0])]
    // The CDK adapter: the core (through the Backup.Iac package), the CloudFormation emitter for what CloudFormation cannot
    // express and for StackSet member templates (its output is CloudFormation too), and the CDK; never Pulumi or import.
    [InlineData("constructs/Backup.Iac.Cdk/Backup.Iac.Cdk.csproj", new[] { "Backup.Iac.Package", "Backup.Iac", "Backup.Iac.Emit.CloudFormation" }, new[] { "Amazon.CDK.Lib", "Constructs" })]
    public void Projects_reference_only_what_the_pipeline_allows(string project, string[] allowed, string[] packages)
    {
        var text = File.ReadAllText(Repo.PathOf(project.Split('/')));
        var references = ProjectReference().Matches(text).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(allowed.Order(), references.Order());
        Assert.Equal(packages.Order(), PackageReference().Matches(text).Select(m => m.Groups[1].Value).Order());
    }

    /// <summary>Every project under src/ and constructs/ that builds an assembly is listed above (a new one must say what it may reference).</summary>
    [Fact]
    public void Every_library_project_has_a_reference_rule()
    {
        var listed = typeof(ArchitectureTests).GetMethod(nameof(Projects_reference_only_what_the_pipeline_allows))!
            .GetCustomAttributes<InlineDataAttribute>().Select(a => (string)a.GetData(null!).First()[0]).ToHashSet(StringComparer.Ordinal);
        var projects = new[] { "src", "constructs" }
            .SelectMany(d => Directory.EnumerateFiles(Repo.PathOf(d), "*.csproj", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(Repo.Root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.Contains("/templates/", StringComparison.Ordinal)) // the dotnet new templates' own projects
            .Where(f => f is not ("src/Backup.Iac.Package/Backup.Iac.Package.csproj" or "src/Backup.Iac.Templates/Backup.Iac.Templates.csproj")); // packaging only
        var unlisted = projects.Where(p => !listed.Contains(p)).ToList();
        Assert.True(unlisted.Count == 0, "Projects without a reference rule: " + string.Join(", ", unlisted));
    }

    /// <summary>The compiled emitters read only the kernel: neither references the model assembly (nor each other).</summary>
    [Fact]
    public void Emitter_assemblies_do_not_reference_the_model()
    {
        foreach (var emitter in new[] { typeof(Emit.CloudFormation.CloudFormationEmitter).Assembly, typeof(Emit.Pulumi.PulumiEmitter).Assembly })
        {
            var references = emitter.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Backup.Iac", StringComparison.Ordinal));
            Assert.Equal(["Backup.Iac.Graph"], references);
        }

        // The one emitter contract lives in the kernel, beside the diagnostics it carries.
        Assert.Same(typeof(Graph.ResourceGraph).Assembly, typeof(Emit.EmitResult).Assembly);
        Assert.Same(typeof(Graph.ResourceGraph).Assembly, typeof(Diagnostic).Assembly);
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
