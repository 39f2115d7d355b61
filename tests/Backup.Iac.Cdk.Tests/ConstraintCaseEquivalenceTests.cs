using Amazon.CDK;
using Backup.Iac.Tests.Constraints;

namespace Backup.Iac.Cdk.Tests;

/// <summary>
/// The broadest oracle: every conforming case of the core's constraint tables (hundreds of small valid models, each
/// using some corner of the model) rendered in one CDK app, synthesized once, and compared with its native template.
/// </summary>
public sealed class ConstraintCaseEquivalenceTests
{
    [Fact]
    public void Every_valid_constraint_case_renders_in_the_CDK_as_in_the_native_template()
    {
        var outdir = Directory.CreateTempSubdirectory("backup-iac-cdk-cases-").FullName;
        try
        {
            var app = new App(new AppProps { Outdir = outdir });
            var rendered = new List<(string Name, BackupEstate Estate, BackupApp Fresh)>();
            var index = 0;
            foreach (var c in AllCases.Cases.Where(c => !c.Violates))
            {
                var model = c.Build();
                if (model.Synth().HasErrors)
                {
                    continue; // a conforming case of one code may break another rule on purpose; nothing to render
                }

                var fresh = c.Build(); // the native oracle, from a model of its own
                foreach (var stack in model.Stacks)
                {
                    var cdkStack = new Stack(app, $"Case{index++}", new StackProps
                    {
                        Env = stack.Account is null && stack.Region is null ? null : new Amazon.CDK.Environment { Account = stack.Account, Region = stack.Region },
                    });
                    rendered.Add((c.Name, new BackupEstate(cdkStack, "Backup", new BackupEstateProps { Stack = stack }), fresh));
                }
            }

            var assembly = app.Synth();
            var failures = new List<string>();
            var types = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, estate, fresh) in rendered)
            {
                var graph = fresh.Synth().Graphs.Single(g => g.StackName == estate.Stack.StackName);
                types.UnionWith(graph.Resources.Select(r => r.Type));
                var differences = Templates.Differences(Templates.Native(graph), Templates.Cdk(assembly, Stack.Of(estate)));
                failures.AddRange(differences.Select(d => $"{name}: {d}"));
            }

            Assert.True(rendered.Count > 300, $"only {rendered.Count} stacks rendered");
            Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));

            // The cases reach every CloudFormation type the core declares, so each of them is compared at least once.
            var declared = typeof(Graph.ResourceTypes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)
                .Where(t => t.StartsWith("AWS::", StringComparison.Ordinal));
            Assert.Empty(declared.Except(types));
        }
        finally
        {
            Directory.Delete(outdir, recursive: true);
        }
    }
}
