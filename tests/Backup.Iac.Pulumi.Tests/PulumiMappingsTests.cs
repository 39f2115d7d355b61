using System.Reflection;
using Backup.Iac.Emit.Pulumi;
using Backup.Iac.Emit.Pulumi.Mappings;
using Backup.Iac.Graph;

namespace Backup.Iac.Pulumi.Tests;

/// <summary>The Pulumi emitter's mappings, one class per CloudFormation type, are complete and consistent.</summary>
public class PulumiMappingsTests
{
    private static IEnumerable<string> GraphTypes() =>
        typeof(ResourceTypes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.Name != nameof(ResourceTypes.OwnTypePrefix)).Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Every_graph_type_has_a_mapping_or_is_listed_with_the_diagnostic_it_gets()
    {
        var types = GraphTypes().ToList();
        Assert.True(types.Count >= 18, string.Join(", ", types));
        Assert.DoesNotContain(types, t => !PulumiMappings.ByType.ContainsKey(t) && !PulumiMappings.Unsupported.ContainsKey(t));
        Assert.Empty(PulumiMappings.ByType.Keys.Intersect(PulumiMappings.Unsupported.Keys));
        Assert.Empty(PulumiMappings.ByType.Keys.Concat(PulumiMappings.Unsupported.Keys).Except(types)); // nothing maps a type the graph cannot hold
    }

    [Fact]
    public void Mappings_are_found_one_per_type_and_the_unsupported_types_get_their_own_warning()
    {
        var classes = typeof(PulumiMapping).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PulumiMapping)) && !t.IsAbstract).ToList();
        Assert.Equal(classes.Count, PulumiMappings.ByType.Count);
        Assert.All(classes, c => Assert.EndsWith("Mapping", c.Name, StringComparison.Ordinal));
        Assert.Equal("BKP8101", PulumiMappings.Unsupported[ResourceTypes.LegalHold].Code);
        Assert.Equal("BKP8102", PulumiMappings.Unsupported[ResourceTypes.TieringConfiguration].Code);
        Assert.Subset(PulumiLimits.All.ToHashSet(), PulumiMappings.Unsupported.Values.ToHashSet());
        foreach (var (type, limit) in PulumiMappings.Unsupported)
        {
            var graph = Programs.Single(type, MapValue.Empty);
            Assert.Equal(limit.Code, Assert.Single(PulumiEmitter.Emit(graph).Diagnostics).Code);
        }
    }

    [Fact]
    public void A_type_without_a_mapping_or_a_listed_diagnostic_gets_the_generic_warning()
    {
        var graph = Programs.Single("AWS::SNS::Topic", MapValue.Empty);
        Assert.Equal(PulumiLimits.ResourceType.Code, Assert.Single(PulumiEmitter.Emit(graph).Diagnostics).Code);
    }

    [Fact]
    public void The_builder_keeps_no_state_per_resource()
    {
        // What belongs to one resource lives in its MappingContext; the builder holds the program's state only.
        var fields = typeof(ProgramBuilder).GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);
        Assert.All(fields, f => Assert.True(f.IsInitOnly, $"{f.Name} is mutable"));
        Assert.DoesNotContain(fields, f => f.FieldType == typeof(Resource) || f.FieldType == typeof(MappingContext));
    }
}
