using System.Collections.Frozen;
using Amazon.CDK;
using Backup.Iac.Cdk.Rendering.Factories;

namespace Backup.Iac.Cdk.Rendering;

/// <summary>
/// The graph resource types that Amazon.CDK.Lib 2.160 has an L1 class for, each with the <see cref="L1Factory"/> that
/// reads it into the class's typed props: every concrete factory of this assembly (one file per type in
/// <c>Rendering/Factories</c>), found by reflection. Types without a factory (the logically air-gapped vault, legal
/// holds, tiering configurations: 2.160 has no class for them) are written with the generic <see cref="CfnResource"/>.
/// A test checks that every resource type the core declares (<c>ResourceTypes</c>) with an <c>AWS::</c> prefix is
/// either here or one of those three.
/// </summary>
internal static class TypedResources
{
    /// <summary>The factory of each CloudFormation type.</summary>
    public static FrozenDictionary<string, L1Factory> Factories { get; } = typeof(L1Factory).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(L1Factory)) && !t.IsAbstract)
        .Select(t => (L1Factory)Activator.CreateInstance(t)!)
        .ToFrozenDictionary(f => f.CloudFormationType, StringComparer.Ordinal);
}
