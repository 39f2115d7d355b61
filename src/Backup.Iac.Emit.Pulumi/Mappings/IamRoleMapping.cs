using System.Collections.Immutable;
using Names = Backup.Iac.Graph.CloudFormation.CfnRole;

namespace Backup.Iac.Emit.Pulumi.Mappings;

/// <summary>
/// An IAM role; its managed policies are one exclusive attachment resource (<c>-policies</c>), and each inline policy
/// (<c>Policies</c>) is an <c>aws:iam:RolePolicy</c> (<c>-inline-N</c>): the provider's <c>inlinePolicies</c> argument of
/// the role is deprecated in favour of that resource.
/// </summary>
internal sealed class IamRoleMapping : PulumiMapping
{
    private const string RolePolicyAttachments = "aws:iam:RolePolicyAttachmentsExclusive";
    private const string RolePolicy = "aws:iam:RolePolicy";

    public override string CloudFormationType => Names.CfnResourceType;

    public override string PulumiType => "aws:iam:Role";

    public override string? RefOutput => "name";

    public override ImmutableDictionary<string, string> AttributeOutputs { get; } = Attributes((Names.Arn, "arn"), (Names.RoleId, "uniqueId"));

    public override void Map(MappingContext c)
    {
        var r = c.Properties;
        c.Add(MappingContext.Props(
            ("assumeRolePolicy", c.Json(r, Names.AssumeRolePolicyDocument)), ("name", c.Take(r, Names.RoleName)), ("path", c.Take(r, Names.Path)),
            ("description", c.Take(r, Names.Description)), ("maxSessionDuration", c.Take(r, Names.MaxSessionDuration)),
            ("permissionsBoundary", c.Take(r, Names.PermissionsBoundary)), ("tags", c.Tags(r, Names.Tags))));
        c.Add(c.Id + "-policies", RolePolicyAttachments, r.Take(Names.ManagedPolicyArns) is { } arns ? MappingContext.Props(
            ("roleName", c.Output("name")),
            ("policyArns", c.Expr(arns, Names.ManagedPolicyArns))) : null);
        var inline = r.List(Names.Policies) ?? [];
        for (var i = 0; i < inline.Count; i++)
        {
            c.Add($"{c.Id}-inline-{i}", RolePolicy, MappingContext.Props(
                ("role", c.Output("name")),
                ("name", c.Take(inline[i], Names.PolicyProperty.PolicyName)),
                ("policy", c.Json(inline[i], Names.PolicyProperty.PolicyDocument))));
        }
    }
}
