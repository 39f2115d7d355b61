using System.Reflection;
using System.Text.RegularExpressions;

namespace Backup.Iac.Tests.Generation;

/// <summary>
/// CloudFormation property names come from the generated <c>CloudFormationNames.g.cs</c>, never typed by hand (issue 15):
/// outside the generated code and the per-kind descriptors (<c>src/Backup.Iac/Kinds</c>, the Pulumi mappings, the CDK
/// L1 factories), no string literal may spell a compound CloudFormation property name.
/// </summary>
public sealed partial class HandWrittenNamesTests
{
    /// <summary>Where per-kind knowledge lives: the descriptors and the generated names.</summary>
    private static readonly string[] Allowed =
    [
        "src/Backup.Iac.Graph/Generated/", "src/Backup.Iac/Kinds/", "src/Backup.Iac.Emit.Pulumi/Mappings/",
        "constructs/Backup.Iac.Cdk/Rendering/Factories/", "src/Backup.Iac/Catalog/", // messages and rule pages quote names in prose
    ];

    /// <summary>Words that are CloudFormation property names of some type but mean something else where they are written.</summary>
    private static readonly HashSet<string> OtherMeanings = new(StringComparer.Ordinal)
    {
        "DependsOn", // a template's resource attribute, read and written by the template reader and the emitter
        "StringEquals", "StringLike", "StringNotEquals", "StringNotLike", // IAM condition operators (and a selection's condition keys)
    };

    [Fact]
    public void No_compound_CloudFormation_property_name_is_written_by_hand()
    {
        var generated = File.ReadAllText(Repo.PathOf("src", "Backup.Iac.Graph", "Generated", "CloudFormationNames.g.cs"));
        var names = Constant().Matches(generated).Select(m => m.Groups[1].Value)
            .Where(n => n.Count(char.IsAsciiLetterUpper) >= 2 && !OtherMeanings.Contains(n))
            .Except(ModelPropertyNames()) // a C# property of the model of the same name is a C# path, built with nameof elsewhere
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("BackupPlanRule", names); // the test reads what it should
        Assert.True(names.Count > 300, $"only {names.Count} names read");

        var found = new List<string>();
        foreach (var root in new[] { "src", "constructs" })
        {
            foreach (var file in Directory.EnumerateFiles(Repo.PathOf(root), "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(Repo.Root, file).Replace('\\', '/');
                if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)
                    || Allowed.Any(a => relative.StartsWith(a, StringComparison.Ordinal)))
                {
                    continue;
                }

                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                {
                    if (lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    foreach (Match m in Literal().Matches(lines[i]))
                    {
                        if (names.Contains(m.Groups[1].Value))
                        {
                            found.Add($"{relative}:{i + 1}: \"{m.Groups[1].Value}\"");
                        }
                    }
                }
            }
        }

        Assert.True(found.Count == 0, "CloudFormation property names written by hand; use the generated names (Backup.Iac.Graph.CloudFormation):\n" + string.Join("\n", found));
    }

    private static IEnumerable<string> ModelPropertyNames() =>
        typeof(BackupApp).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Select(p => p.Name);

    [GeneratedRegex("""public const string (\w+) = "\w+";""")]
    private static partial Regex Constant();

    [GeneratedRegex("""(?<![\w@$])"([A-Z][A-Za-z0-9]+)"(?!\s*=>\s*\w+\s*\()""")]
    private static partial Regex Literal();
}
