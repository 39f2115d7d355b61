using Backup.Iac.Graph;
using Backup.Iac.Tests.Constraints;
using Backup.Iac.Validation.Facts;

namespace Backup.Iac.Tests;

/// <summary>The facts index of other resources (issue 16), and the rows that another row's code reports.</summary>
public class ResourceFactTests
{
    /// <summary>SEL-028 (core catalog) is the condition of ORG-027 (governance catalog): BKP6027 reports both.</summary>
    [Fact]
    public void SEL_028_more_than_30_tags_in_a_policy_selection_also_through_append_is_reported_by_ORG_027()
    {
        foreach (var name in new[] { "ORG-027 31 tag values in one selection are rejected", "ORG-027 20 values on the root and 11 appended on an OU are rejected" })
        {
            var c = AllCases.Cases.Single(k => k.Name == name);
            Assert.Contains(c.Build().Synth().Diagnostics, d => d.Code == "BKP6027" && d.Severity == Severity.Error);
        }

        var accepted = AllCases.Cases.Single(k => k.Name == "ORG-027 30 tag values are accepted");
        Assert.DoesNotContain(accepted.Build().Synth().Diagnostics, d => d.Code == "BKP6027");
    }

    [Fact]
    public void The_index_resolves_names_arns_and_references_and_leaves_unknowns_unresolved()
    {
        var app = Fixture.App(s =>
        {
            s.AddRawResource("Bucket", ResourceFacts.Bucket, MapValue.Of(new KeyValuePair<string, Value?>("BucketName", "orders-data")));
            s.AddRawResource("Topic", ResourceFacts.Topic, MapValue.Of(new KeyValuePair<string, Value?>("TopicName", "events")));
            s.AddRawResource("Table", ResourceFacts.Table, MapValue.Of(new KeyValuePair<string, Value?>("TableName", "orders")));
        });
        var stack = app.Stacks[0];
        var facts = new Validation.ValidationFacts(app).Resources;
        var bucket = facts.OfType(ResourceFacts.Bucket).Single();
        Assert.Same(bucket, facts.Resolve(stack, "orders-data", ResourceFacts.Bucket));
        Assert.Same(bucket, facts.Resolve(stack, BackupResource.S3Bucket("orders-data").Arn, ResourceFacts.Bucket));
        Assert.Same(bucket, facts.Resolve(stack, Token.AsString(new AttributeValue(bucket.LogicalId, "Arn")), ResourceFacts.Bucket));
        Assert.Same(bucket, facts.Resolve(stack, new JoinValue(["arn:aws:s3:::", new ReferenceValue(bucket.LogicalId)]), ResourceFacts.Bucket));
        Assert.Same(facts.OfType(ResourceFacts.Topic).Single(), facts.Resolve(stack, "arn:aws:sns:eu-west-1:111122223333:events", ResourceFacts.Topic));
        Assert.Null(facts.Resolve(stack, "arn:aws:sns:eu-west-1:444455556666:events", ResourceFacts.Topic)); // another account
        Assert.Same(facts.OfType(ResourceFacts.Table).Single(), facts.Resolve(stack, BackupResource.DynamoDbTable("orders").Arn, ResourceFacts.Table));
        Assert.Null(facts.Resolve(stack, Token.AsString(new ParameterValue(new Parameter("Bucket"))), ResourceFacts.Bucket));
        Assert.Null(facts.Resolve(stack, Token.AsString(new ReferenceValue(bucket.LogicalId)), ResourceFacts.Topic)); // a bucket is not a topic
    }

    [Fact]
    public void Policies_are_read_in_three_values()
    {
        static MapValue Doc(Value principal, Value action) => MapValue.Of(new KeyValuePair<string, Value?>("Statement", new ListValue([MapValue.Of(
            new KeyValuePair<string, Value?>("Effect", "Allow"), new KeyValuePair<string, Value?>("Principal", principal), new KeyValuePair<string, Value?>("Action", action))])));
        static MapValue Service(string name) => MapValue.Of(new KeyValuePair<string, Value?>("Service", name));
        var backup = PolicyFacts.Service("backup.amazonaws.com");
        Assert.True(PolicyFacts.Allows(Doc(Service("backup.amazonaws.com"), "sns:*"), backup, "SNS:Publish"));
        Assert.True(PolicyFacts.Allows(Doc("*", "SNS:Publish"), backup, "SNS:Publish"));
        Assert.False(PolicyFacts.Allows(Doc(Service("events.amazonaws.com"), "SNS:Publish"), backup, "SNS:Publish"));
        Assert.False(PolicyFacts.Allows(Doc(Service("backup.amazonaws.com"), "SNS:Subscribe"), backup, "SNS:Publish"));
        Assert.Null(PolicyFacts.Allows(Doc(Service("backup.amazonaws.com"), new ParameterValue(new Parameter("Action"))), backup, "SNS:Publish"));
        Assert.Null(PolicyFacts.Allows(null, backup, "SNS:Publish"));
    }
}
