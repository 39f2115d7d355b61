using Backup.Iac.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Backup.Iac.Tests;

/// <summary>
/// Diagnostics name properties through <see cref="PropertyPath"/> and <c>nameof</c>, so that renaming a C# property
/// breaks the build rather than the messages (issue 15, typed paths).
/// </summary>
public class PropertyPathTests
{
    [Fact]
    public void Builder_renders_the_text_diagnostics_carry()
    {
        Assert.Equal("Lock", PropertyPath.Of(nameof(BackupVaultProps.Lock)).Text);
        Assert.Equal("Lock.MinRetention", PropertyPath.Of(nameof(BackupVaultProps.Lock)).Then(nameof(VaultLock.MinRetention)));
        Assert.Equal("Lock.MinRetention", PropertyPath.Of(nameof(BackupVaultProps.Lock), nameof(VaultLock.MinRetention)).Text);
        Assert.Equal("Rules[0].Lifecycle.DeleteAfter",
            PropertyPath.Of(nameof(BackupPlanProps.Rules)).Index(0).Then(nameof(BackupPlanRule.Lifecycle)).Then(nameof(Lifecycle.DeleteAfter)).ToString());
        Assert.Equal("Tags[\"env\"]", (string)PropertyPath.Of(nameof(BackupVaultProps.Tags)).Key("env"));
        Assert.Equal("Conditions.Other[StringLike]",
            PropertyPath.Of(nameof(BackupSelectionOptions.Conditions)).Then(PropertyPath.Of(nameof(SelectionConditions.Other)).Item("StringLike")).Text);
        Assert.Equal("", default(PropertyPath).Text);
        Assert.Throws<ArgumentException>(() => PropertyPath.Of("Lock.MinRetention"));
        Assert.Throws<ArgumentException>(() => PropertyPath.Of(nameof(BackupVaultProps.Lock)).Then("A[0]"));
        Assert.Throws<ArgumentException>(() => PropertyPath.Of(""));
        Assert.Throws<ArgumentException>(() => PropertyPath.Of(ReadOnlySpan<string>.Empty));
    }

    [Fact]
    public void Construct_path_has_segments_and_a_canonical_text()
    {
        var rule = ConstructPath.Item(nameof(BackupPlanProps.Rules), "Daily");
        var copy = rule.ThenItem(nameof(BackupPlanRule.CopyActions), 1);
        Assert.Equal("Rules[Daily]", rule.Text);
        Assert.Equal("Rules[Daily]/CopyActions[1]", (string)copy);
        Assert.Equal(["Rules[Daily]", "CopyActions[1]"], copy.Segments.ToArray());
        Assert.Equal(ConstructPath.Item(nameof(BackupPlanProps.Rules), "Daily").ThenItem(nameof(BackupPlanRule.CopyActions), 1), copy);
        Assert.NotEqual(rule, copy);
        Assert.Equal(copy.GetHashCode(), ConstructPath.Item("Rules", "Daily").ThenItem("CopyActions", "1").GetHashCode());
        Assert.Empty(default(ConstructPath).Segments);
        var app = new BackupApp();
        var stack = new BackupStack(app, "Prod", new BackupStackProps { Account = "111122223333", Region = "eu-west-1" });
        var plan = new BackupPlan(stack, "Plan", new BackupPlanProps { Rules = [BackupPlanRule.Daily()] });
        Assert.Equal(plan.Path + "/Rules[Daily]/CopyActions[1]", copy.Under(plan));
        Assert.Equal(plan.Path, default(ConstructPath).Under(plan));
        Assert.Throws<ArgumentException>(() => ConstructPath.Item("Rules/X", 0));
    }

    /// <summary>The scan below finds what it should: a literal in each shape it rejects, and nothing in typed paths.</summary>
    [Fact]
    public void Scan_finds_literal_property_paths()
    {
        const string Source = """
            namespace Backup.Iac.Validation;
            internal sealed class Sample
            {
                private const string Field = "Lock.MinRetention";
                public void Check(ValidationContext context, BackupVault vault, int i)
                {
                    context.Report(null!, vault, null, "Lock");
                    context.Report(null!, vault, null, $"Resources[{i}]");
                    context.Report(null!, vault, null, nameof(BackupVaultProps.Lock) + ".Mode");
                    context.Report(null!, vault, null, i > 0 ? nameof(BackupVaultProps.Lock) : "Tags");
                    context.Report(null!, vault, null, Field);
                    var local = "Notifications";
                    context.Report(null!, vault, null, local);
                    context.Report(null!, vault, null, PropertyPath.Of("Lock"));
                    context.Report(null!, vault, null, Helper("Lock"));
                    context.Report(null!, vault, null, nameof(BackupVaultProps.Lock));
                    context.Report(null!, vault, null, PropertyPath.Of(nameof(BackupVaultProps.Tags)).Key("literal keys are data"));
                    context.Report(null!, vault, null, null, "a message argument");
                    context.Report(null!, vault, ConstructPath.Item(nameof(BackupPlanProps.Rules), "Daily"), null);
                }
                private static string Helper(string property) => property;
                private int Index { get; }
                private string Computed => $"Resources[{Index}]";
                public void More(ValidationContext context, BackupVault vault)
                {
                    context.Report(null!, vault, null, Computed);
                    context.Report(null!, vault, null, "plans");
                    context.Report(null!, vault, "Rules[Daily]", null);
                }
            }
            """;
        var found = LiteralPaths([.. Sources(), CSharpSyntaxTree.ParseText(Source, Options, path: "Sample.cs")], t => t.FilePath == "Sample.cs");
        Assert.Equal(10, found.Count);
        Assert.All(found, f => Assert.DoesNotContain("literal keys", f, StringComparison.Ordinal));
    }

    /// <summary>
    /// Validators and the other diagnostic producers of src/Backup.Iac pass no string literal as a property path: not
    /// to <c>ValidationContext.Report</c>, not to a helper's <c>property</c> parameter, not to the path builders.
    /// (Backup policy findings carry JSON paths of the policy language, not C# names; <c>PolicyCheck</c> is exempt.)
    /// </summary>
    [Fact]
    public void Validators_build_property_paths_from_nameof()
    {
        var found = LiteralPaths(Sources());
        Assert.True(found.Count == 0, $"{found.Count} literal property paths; build them with nameof and PropertyPath:\n" + string.Join("\n", found));
    }

    private static readonly CSharpParseOptions Options = new(LanguageVersion.Preview);

    private static List<SyntaxTree> Sources()
    {
        var root = Repo.PathOf("src", "Backup.Iac");
        var trees = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), Options, path: Path.GetRelativePath(root, f)))
            .ToList();
        trees.Add(CSharpSyntaxTree.ParseText(
            "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Threading; global using System.Threading.Tasks;",
            Options, path: "GlobalUsings.cs"));
        return trees;
    }

    private static List<string> LiteralPaths(List<SyntaxTree> trees, Func<SyntaxTree, bool>? scan = null)
    {
        var compilation = CSharpCompilation.Create("Backup.Iac", trees, References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var found = new List<string>();
        foreach (var tree in trees.Where(scan ?? (_ => true)))
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var invocation in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (model.GetSymbolInfo(invocation).Symbol is not IMethodSymbol method)
                {
                    continue;
                }

                foreach (var argument in invocation.ArgumentList.Arguments)
                {
                    if (ParameterOf(method, invocation, argument) is { } parameter && IsPathParameter(method, parameter)
                        && LiteralIn(argument.Expression, model) is { } literal)
                    {
                        var line = literal.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                        found.Add($"{literal.SyntaxTree.FilePath}:{line}: {literal} (to {method.ContainingType.Name}.{method.Name}, {parameter.Name})");
                    }
                }
            }
        }

        return found;
    }

    private static IParameterSymbol? ParameterOf(IMethodSymbol method, InvocationExpressionSyntax invocation, ArgumentSyntax argument)
    {
        if (argument.NameColon is { } name)
        {
            return method.Parameters.FirstOrDefault(p => p.Name == name.Name.Identifier.Text);
        }

        var index = invocation.ArgumentList.Arguments.IndexOf(argument);
        return index < method.Parameters.Length && !(method.Parameters[index].IsParams && index > method.Parameters.Length - 1) ? method.Parameters[index] : null;
    }

    /// <summary>
    /// A parameter that takes a property path: <c>property</c> of any method of validation (the context's <c>Report</c>
    /// and the validators' helpers), the names given to the builders, a lifecycle or scan action <c>field</c>, a construct path's collection.
    /// </summary>
    private static bool IsPathParameter(IMethodSymbol method, IParameterSymbol parameter)
    {
        var type = method.ContainingType.Name;
        var space = method.ContainingNamespace.ToDisplayString();
        return (type, parameter.Name) switch
        {
            ("PolicyCheck" or "PolicyFindings" or "PolicyFinding", _) => false, // JSON paths of the policy language
            ("PropertyPath", "name" or "names" or "rest") => true,
            ("ConstructPath", "collection") => true,
            ("LifecycleSubject" or "LifecycleBounds" or "RuleScanActions", "field") => true, // a cron field elsewhere is no property
            (_, "property" or "subPath") => space.StartsWith("Backup.Iac.Validation", StringComparison.Ordinal) && !parameter.IsParams
                && (parameter.Name == "property" || type == "ValidationContext"),
            _ => false,
        };
    }

    /// <summary>The string literal an expression takes its text from (following locals and constants), or null.</summary>
    private static SyntaxNode? LiteralIn(ExpressionSyntax expression, SemanticModel model, int depth = 0)
    {
        if (depth > 8)
        {
            return null;
        }

        switch (expression)
        {
            case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: "nameof" } }:
                return null;
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                return IsPolicyLanguage(literal.Token.ValueText) ? null : literal;
            case InterpolatedStringExpressionSyntax interpolated:
                var text = string.Concat(interpolated.Contents.OfType<InterpolatedStringTextSyntax>().Select(t => t.TextToken.ValueText));
                return text.Length > 0 && !IsPolicyLanguage(text) ? interpolated
                    : interpolated.Contents.OfType<InterpolationSyntax>().Select(i => LiteralIn(i.Expression, model, depth + 1)).FirstOrDefault(l => l is not null);
            case ParenthesizedExpressionSyntax parenthesized:
                return LiteralIn(parenthesized.Expression, model, depth + 1);
            case BinaryExpressionSyntax binary:
                return LiteralIn(binary.Left, model, depth + 1) ?? LiteralIn(binary.Right, model, depth + 1);
            case ConditionalExpressionSyntax conditional:
                return LiteralIn(conditional.WhenTrue, model, depth + 1) ?? LiteralIn(conditional.WhenFalse, model, depth + 1);
            case SwitchExpressionSyntax switchExpression:
                return switchExpression.Arms.Select(a => LiteralIn(a.Expression, model, depth + 1)).FirstOrDefault(l => l is not null);
            case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                var symbol = model.GetSymbolInfo(expression).Symbol;
                if (symbol is not (ILocalSymbol or IFieldSymbol or IPropertySymbol) || symbol.DeclaringSyntaxReferences.Length != 1)
                {
                    return null;
                }

                // A local or field's initializer, or a computed property's expression body (e.g. an entry's Property).
                return symbol.DeclaringSyntaxReferences[0].GetSyntax() switch
                {
                    VariableDeclaratorSyntax { Initializer.Value: { } value } => LiteralIn(value, model.Compilation.GetSemanticModel(value.SyntaxTree), depth + 1),
                    PropertyDeclarationSyntax { ExpressionBody.Expression: { } body } => LiteralIn(body, model.Compilation.GetSemanticModel(body.SyntaxTree), depth + 1),
                    _ => null,
                };
            default:
                return null;
        }
    }

    /// <summary>
    /// Text of the backup policy language (JSON keys such as <c>plans</c> or <c>target_backup_vault_name</c>, all lower
    /// case) rather than a C# property name: no <c>nameof</c> can name it.
    /// </summary>
    private static bool IsPolicyLanguage(string text) => text.Length > 0 && char.IsLower(text[0]);

    private static List<MetadataReference> References()
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is string tpa)
        {
            paths.UnionWith(tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        }

        paths.Add(typeof(Diagnostic).Assembly.Location); // Backup.Iac.Graph
        foreach (var name in typeof(BackupApp).Assembly.GetReferencedAssemblies())
        {
            try
            {
                paths.Add(System.Reflection.Assembly.Load(name).Location);
            }
            catch (FileNotFoundException)
            {
            }
        }

        return [.. paths.Where(File.Exists).GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase).Select(g => MetadataReference.CreateFromFile(g.First()))];
    }
}
