using Backup.Iac.Graph;
using Names = Backup.Iac.Graph.CloudFormation.CfnTopicPolicy;

namespace Backup.Iac.Emit.Pulumi.Mappings;

/// <summary>
/// An SNS topic policy (a vault's <c>CreateTopicPolicy</c>, or a raw one): the provider's <c>aws:sns:TopicPolicy</c>
/// takes one topic (<c>arn</c>), so a CloudFormation policy for several topics becomes one resource per topic (the
/// first keeps the graph resource's name, the others are <c>-2</c>, <c>-3</c>...), each with the same document
/// (<c>policy</c>, a JSON string).
/// </summary>
internal sealed class TopicPolicyMapping : PulumiMapping
{
    public override string CloudFormationType => Names.CfnResourceType;

    public override string PulumiType => "aws:sns:TopicPolicy";

    public override void Map(MappingContext c)
    {
        var r = c.Properties;
        var policy = c.Json(r, Names.PolicyDocument);
        switch (r.Take(Names.Topics))
        {
            case ListValue { Items.Length: > 0 } topics:
                for (var i = 0; i < topics.Items.Length; i++)
                {
                    var properties = MappingContext.Props(("arn", c.Expr(topics.Items[i], $"{Names.Topics}[{i}]")), ("policy", policy));
                    if (i == 0)
                    {
                        c.Add(properties);
                    }
                    else
                    {
                        c.Add($"{c.Id}-{i + 1}", PulumiType, properties);
                    }
                }

                break;
            case var other:
                c.Report(PulumiLimits.Value, c.Path, Names.Topics, Names.Topics, other is null ? "the topic policy names no topic" : "the list of topics is chosen at deploy time, and the provider's topic policy takes one topic");
                break;
        }
    }
}
