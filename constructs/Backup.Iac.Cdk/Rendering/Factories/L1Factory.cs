using Amazon.CDK;

namespace Backup.Iac.Cdk.Rendering.Factories;

using Construct = Constructs.Construct;

/// <summary>
/// Renders one CloudFormation type of the graph as its Amazon.CDK.Lib L1 class, reading the graph properties (by their
/// generated CloudFormation names) into the class's typed props. Found by <see cref="TypedResources"/>: a new type is a new file.
/// </summary>
internal abstract class L1Factory
{
    /// <summary>The CloudFormation type this factory renders.</summary>
    public abstract string CloudFormationType { get; }

    /// <summary>The L1 resource, or null when a required field cannot be read (the resource is then written with the generic <see cref="CfnResource"/>).</summary>
    public abstract CfnResource? Create(Construct scope, string id, L1PropertyReader p);

    /// <summary>Marks a required field that could not be read; the caller then writes the resource generically.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "The placeholder stands for values of any type.")]
    protected static object Missing(L1PropertyReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        reader.MarkIncomplete();
        return "";
    }
}
