using System.Collections.Immutable;
using Names = Backup.Iac.Graph.CloudFormation.CfnServiceLinkedRole;

namespace Backup.Iac.Emit.Pulumi.Mappings;

/// <summary>An IAM service-linked role.</summary>
internal sealed class ServiceLinkedRoleMapping : PulumiMapping
{
    public override string CloudFormationType => Names.CfnResourceType;

    public override string PulumiType => "aws:iam:ServiceLinkedRole";

    public override string? RefOutput => "name";

    public override ImmutableDictionary<string, string> AttributeOutputs { get; } = Attributes((Names.RoleName, "name"));

    public override void Map(MappingContext c)
    {
        var r = c.Properties;
        c.Add(MappingContext.Props(
            ("awsServiceName", c.Take(r, Names.AWSServiceName)), ("customSuffix", c.Take(r, Names.CustomSuffix)), ("description", c.Take(r, Names.Description))));
    }
}
