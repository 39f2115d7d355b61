using Backup.Iac.Catalog;

namespace Backup.Iac.Emit.Pulumi.Mappings;

/// <summary>
/// A graph type the classic provider has no resource for: one class per type (as for <see cref="PulumiMapping"/>),
/// found by <see cref="PulumiMappings"/>, with the warning the resource gets instead of a Pulumi resource.
/// </summary>
internal abstract class UnsupportedMapping
{
    /// <summary>The graph's (CloudFormation) resource type.</summary>
    public abstract string CloudFormationType { get; }

    /// <summary>The warning a resource of this type gets; its code is in BKP8101-BKP8199.</summary>
    public abstract Constraint Warning { get; }
}
