using Backup.Iac.Graph;

namespace Backup.Iac;

/// <summary>
/// A resource written exactly as given, without checks (as the AWS CDK's <c>CfnResource</c>): the escape hatch for
/// what the model does not hold, for example a resource of an existing template whose plan is outside the template.
/// </summary>
public sealed class RawResource : Construct
{
    internal RawResource(BackupStack stack, string id, string type, MapValue properties)
        : base(stack, id)
    {
        Type = type;
        Properties = properties;
        LogicalId = ResourceLogicalId();
    }

    /// <summary>The resource type, e.g. <c>AWS::Backup::Framework</c>.</summary>
    public string Type { get; }

    /// <summary>The properties, written as given.</summary>
    public MapValue Properties { get; }

    /// <summary>The logical ID of the resource.</summary>
    public string LogicalId { get; }
}
