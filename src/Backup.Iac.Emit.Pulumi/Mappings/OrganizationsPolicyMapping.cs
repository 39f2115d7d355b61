using System.Collections.Immutable;
using System.Globalization;
using Backup.Iac.Graph;
using Names = Backup.Iac.Graph.CloudFormation.CfnPolicy;

namespace Backup.Iac.Emit.Pulumi.Mappings;

/// <summary>An AWS Organizations policy; one attachment per target (<c>-attachment-TARGET</c>).</summary>
internal sealed class OrganizationsPolicyMapping : PulumiMapping
{
    private const string PolicyAttachment = "aws:organizations:PolicyAttachment";

    public override string CloudFormationType => Names.CfnResourceType;

    public override string PulumiType => "aws:organizations:Policy";

    public override string? RefOutput => "id";

    public override ImmutableDictionary<string, string> AttributeOutputs { get; } = Attributes((Names.Id, "id"), (Names.Arn, "arn"));

    public override bool ExportsArn => true;

    public override void Map(MappingContext c)
    {
        var r = c.Properties;
        c.Add(MappingContext.Props(
            ("name", c.Take(r, Names.Name)), ("type", c.Take(r, Names.Type)), ("content", c.Json(r, Names.Content)),
            ("description", c.Take(r, Names.Description)), ("tags", c.Tags(r, Names.Tags))));
        Attachments(c);
    }

    /// <summary>One attachment per target of the policy, named after the target when it is a literal ID.</summary>
    private static void Attachments(MappingContext c)
    {
        if (c.Properties.Take(Names.TargetIds) is not ListValue targets)
        {
            return;
        }

        for (var i = 0; i < targets.Items.Length; i++)
        {
            var target = targets.Items[i];
            var suffix = target is StringValue { Text: var t } && t.Length > 0 && t.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-')
                ? t
                : i.ToString(CultureInfo.InvariantCulture);
            c.Add(c.Id + "-attachment-" + suffix, PolicyAttachment, MappingContext.Props(
                ("policyId", c.Output("id")),
                ("targetId", c.Expr(target, $"{Names.TargetIds}[{i}]"))));
        }
    }
}
