using Backup.Iac.Catalog;

namespace Backup.Iac.Tests.RulePages;

/// <summary>
/// The worked examples of the rule pages do what they claim: the Failing examples report their code, the Fixed ones
/// neither the code nor any error (C# compiled and run; CloudFormation linted in process and, where installed, by cfn-lint).
/// </summary>
public sealed class RulePageExampleTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("backup-iac-rulepages-").FullName;

    public static TheoryData<string> CSharpCodes => Codes(s => s.RunsCSharp);

    public static TheoryData<string> TemplateCodes => Codes(s => s.LintsTemplate);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Theory]
    [MemberData(nameof(CSharpCodes))]
    public void CSharp_examples_compile_and_behave(string code)
    {
        var failures = new List<string>();
        foreach (var heading in new[] { RulePageExamples.FailingCSharp, RulePageExamples.FixedCSharp })
        {
            var found = RulePageExamples.RunCSharp(code, heading, out var problem);
            if ((problem is null ? RulePageExamples.Check(code, heading, found, Worked(code)) : heading + " " + problem) is { } failure)
            {
                failures.Add(failure);
            }
        }

        Assert.True(failures.Count == 0, $"{RulePageExamples.FileOf(code)}:\n" + string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(TemplateCodes))]
    public void Template_examples_lint_as_claimed(string code)
    {
        var source = RulePageExamples.Sources[code];
        var failures = new List<string>();
        foreach (var heading in new[] { RulePageExamples.FailingTemplate, RulePageExamples.FixedTemplate })
        {
            if (RulePageExamples.Block(source, heading) is not { } block)
            {
                failures.Add($"{heading} is missing");
                continue;
            }

            var found = RulePageExamples.LintTemplate(code, block);
            var worked = source.RunsCSharp ? null : Worked(code); // the worked message is the C# one when there is one
            if (RulePageExamples.Check(code, heading, found, worked) is { } failure)
            {
                failures.Add(failure);
            }
        }

        Assert.True(failures.Count == 0, $"{RulePageExamples.FileOf(code)}:\n" + string.Join("\n", failures));
    }

    [CfnLintFact]
    public void Fixed_templates_pass_cfn_lint()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, source) in RulePageExamples.Sources.Where(s => s.Value.LintsTemplate))
        {
            if (RulePageExamples.Block(source, RulePageExamples.FixedTemplate) is { } block)
            {
                var file = Path.Combine(dir, code + ".fixed.yaml");
                File.WriteAllText(file, block.Code);
                files[file] = code;
            }
        }

        if (files.Count == 0)
        {
            return;
        }

        var (_, output) = CfnLint.Run(files.Keys);
        var errors = output.Split('\n').Where(l => l.Contains(":E", StringComparison.Ordinal)).ToList();
        var codes = files.Where(f => errors.Any(e => e.StartsWith(f.Key, StringComparison.Ordinal))).Select(f => f.Value).Order(StringComparer.Ordinal).ToList();
        Assert.True(errors.Count == 0, $"cfn-lint rejects the Fixed (CloudFormation) examples of {string.Join(", ", codes)}:\n"
            + string.Join("\n", errors.Select(e => e.Replace(dir + Path.DirectorySeparatorChar, "", StringComparison.Ordinal))));
    }

    private static string Worked(string code) => RulePage.Example(RuleBook.Find(code)!.Message, RulePageExamples.Sources[code].Example);

    private static TheoryData<string> Codes(Func<RulePageSource, bool> form)
    {
        var data = new TheoryData<string>();
        foreach (var (code, _) in RulePageExamples.Sources.Where(s => form(s.Value)).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            data.Add(code);
        }

        return data;
    }
}
