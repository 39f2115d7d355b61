using System.Collections.Frozen;
using Backup.Iac.Catalog;
using Backup.Iac.Graph;

namespace Backup.Iac.Emit.Pulumi.Mappings;

/// <summary>
/// The mappings of the Pulumi emitter by CloudFormation type: every concrete <see cref="PulumiMapping"/> of this assembly,
/// found by reflection; and every <see cref="UnsupportedMapping"/>: the graph types that have none, each with the diagnostic it gets.
/// </summary>
internal static class PulumiMappings
{
    /// <summary>The mapping of each graph resource type.</summary>
    public static FrozenDictionary<string, PulumiMapping> ByType { get; } = typeof(PulumiMapping).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(PulumiMapping)) && !t.IsAbstract)
        .Select(t => (PulumiMapping)Activator.CreateInstance(t)!)
        .ToFrozenDictionary(m => m.CloudFormationType, StringComparer.Ordinal);

    /// <summary>
    /// The graph types the classic provider has no resource for (every concrete <see cref="UnsupportedMapping"/>), with
    /// the warning each gets instead of a mapping; any other type without a mapping gets <see cref="PulumiLimits.ResourceType"/>.
    /// </summary>
    public static FrozenDictionary<string, Constraint> Unsupported { get; } = typeof(UnsupportedMapping).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(UnsupportedMapping)) && !t.IsAbstract)
        .Select(t => (UnsupportedMapping)Activator.CreateInstance(t)!)
        .ToFrozenDictionary(m => m.CloudFormationType, m => m.Warning, StringComparer.Ordinal);
}
