using System.Text.Json.Nodes;
using Backup.Iac.Emit;
using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Emit.Pulumi;
using Backup.Iac.Graph;

namespace Backup.Iac.Tests;

/// <summary>
/// The topic policy of a vault's <see cref="VaultNotifications.CreateTopicPolicy"/> (issue 16 item 2) in the
/// CloudFormation and Pulumi outputs, and the typed external references (<see cref="ExternalTopic"/>,
/// <see cref="ExternalKey"/>, <see cref="ExternalBucket"/>) that need no resource of the stack in any output.
/// </summary>
public sealed class NotificationTopicPolicyTests
{
    private const string Topic = Fixture.TopicArn;

    [Fact]
    public void One_policy_per_topic_covers_every_vault_of_the_stack_that_notifies_it_with_the_confused_deputy_conditions()
    {
        BackupVault first = null!, second = null!;
        LogicallyAirGappedBackupVault airGapped = null!;
        var app = Fixture.App(s =>
        {
            first = s.AddVault("First", new BackupVaultProps { Notifications = Notify(Topic, create: true) });
            second = s.AddVault("Second", new BackupVaultProps { Notifications = Notify(Topic, create: true) });
            airGapped = s.AddLogicallyAirGappedVault("AirGapped", new LogicallyAirGappedBackupVaultProps
            {
                MinRetention = Duration.Days(7), MaxRetention = Duration.Days(35), Notifications = Notify(Topic),
            });
            s.AddVault("Elsewhere", new BackupVaultProps { Notifications = Notify("arn:aws:sns:eu-west-1:111122223333:other-events") });
        });

        var template = Template(app);

        var policies = Resources(template, "AWS::SNS::TopicPolicy");
        var (id, policy) = Assert.Single(policies);
        Assert.Equal(LogicalIds.FromPath("First/TopicPolicy/Resource"), id);
        Assert.Equal(Topic, (string?)policy["Properties"]!["Topics"]![0]);
        var statement = policy["Properties"]!["PolicyDocument"]!["Statement"]![0]!;
        Assert.Equal("Allow", (string?)statement["Effect"]);
        Assert.Equal("backup.amazonaws.com", (string?)statement["Principal"]!["Service"]);
        Assert.Equal("sns:Publish", (string?)statement["Action"]);
        Assert.Equal(Topic, (string?)statement["Resource"]);
        Assert.Equal(Fixture.Account, (string?)statement["Condition"]!["StringEquals"]!["aws:SourceAccount"]);
        var sources = statement["Condition"]!["ArnEquals"]!["aws:SourceArn"]!.AsArray().Select(s => s!["Fn::GetAtt"]![0]!.GetValue<string>());
        Assert.Equal([first.LogicalId, second.LogicalId, airGapped.LogicalId], sources);
    }

    [Fact]
    public void Without_CreateTopicPolicy_no_policy_is_written()
    {
        var app = Fixture.App(s => s.AddVault("Vault", new BackupVaultProps { Notifications = Notify(Topic) }));

        Assert.Empty(Resources(Template(app), "AWS::SNS::TopicPolicy"));
    }

    [Fact]
    public void The_pulumi_program_has_one_topic_policy_per_topic_with_its_document_as_JSON()
    {
        var app = Fixture.App(s => s.AddVault("Vault", new BackupVaultProps { Notifications = Notify(Topic, create: true) }));
        var result = app.Synth();
        Assert.False(result.HasErrors);

        var program = PulumiEmitter.Emit(Assert.Single(result.Graphs), "Test");

        Assert.Equal(EmitStatus.Succeeded, program.Status);
        Assert.Empty(program.Diagnostics);
        var text = program.GetText();
        var id = LogicalIds.FromPath("Vault/TopicPolicy/Resource");
        Assert.Contains($"  {id}:\n    type: aws:sns:TopicPolicy\n", text, StringComparison.Ordinal);
        Assert.Contains($"      arn: {Topic}\n", text, StringComparison.Ordinal);
        Assert.Contains("      policy:\n        fn::toJSON:\n", text, StringComparison.Ordinal);
        var line = Assert.Single(text.Split('\n'), l => l.Contains("aws:SourceArn:", StringComparison.Ordinal));
        Assert.Contains("${" + LogicalIds.FromPath("Vault/Resource") + ".arn}", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_raw_topic_policy_of_several_topics_becomes_one_pulumi_policy_per_topic()
    {
        var graph = new ResourceGraph("Test",
        [
            new Resource("Policy", ResourceTypes.SnsTopicPolicy, "Policy/Resource", MapValue.Of(
                new("Topics", new ListValue([new StringValue(Topic), new StringValue("arn:aws:sns:eu-west-1:111122223333:other")])),
                new("PolicyDocument", MapValue.Of(new KeyValuePair<string, Value?>("Version", new StringValue("2012-10-17")))))),
        ]);

        var text = PulumiEmitter.Emit(graph, "Test").GetText();

        Assert.Contains("  Policy:\n    type: aws:sns:TopicPolicy\n", text, StringComparison.Ordinal);
        Assert.Contains("  Policy-2:\n    type: aws:sns:TopicPolicy\n", text, StringComparison.Ordinal);
        Assert.Contains("      arn: arn:aws:sns:eu-west-1:111122223333:other\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void External_references_are_written_as_their_ARNs_and_names_in_every_output()
    {
        var app = Fixture.App(s =>
        {
            var vault = s.AddVault("Vault", new BackupVaultProps
            {
                EncryptionKeyArn = ExternalKey.FromArn(Fixture.KeyArn) with { AllowsBackupService = true },
                Notifications = Notify(ExternalTopic.FromName("backup-events") with { AllowsBackupToPublish = true }),
            });
            var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = vault, Rules = [BackupPlanRule.Daily()] });
            plan.AddSelection("Sel", new BackupSelectionOptions { Resources = [BackupResource.S3Bucket(ExternalBucket.FromName("orders-data") with { Versioned = true })] });
            s.AddReportPlan("Jobs", new ReportPlanProps
            {
                ReportSetting = ReportSetting.BackupJobs(),
                ReportDeliveryChannel = ReportDeliveryChannel.ToBucket(ExternalBucket.FromName("audit-reports-111122223333") with { AllowsReportDelivery = true }),
            });
        });
        var result = app.Synth();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var graph = Assert.Single(result.Graphs);

        var template = CloudFormationEmitter.Emit(graph).GetText();
        var program = PulumiEmitter.Emit(graph, "Test");

        Assert.Contains($"\"EncryptionKeyArn\": \"{Fixture.KeyArn}\"", template, StringComparison.Ordinal);
        Assert.Contains(":sns:eu-west-1:111122223333:backup-events\"", template, StringComparison.Ordinal); // FromName: the stack's (literal) account and Region
        Assert.Contains(":s3:::orders-data\"", template, StringComparison.Ordinal);
        Assert.Contains("\"S3BucketName\": \"audit-reports-111122223333\"", template, StringComparison.Ordinal);
        Assert.Equal(EmitStatus.Succeeded, program.Status);
        Assert.DoesNotContain(program.Diagnostics, d => d.Code is "BKP8107" or "BKP8108");
        Assert.Contains($"kmsKeyArn: {Fixture.KeyArn}", program.GetText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Strings_convert_to_external_references_and_back()
    {
        ExternalTopic topic = Topic;
        ExternalKey key = Fixture.KeyArn;
        ExternalBucket bucket = "orders-data";
        string topicArn = topic, keyArn = key, bucketName = bucket;

        Assert.Equal(Topic, topicArn);
        Assert.Equal(Fixture.KeyArn, keyArn);
        Assert.Equal("orders-data", bucketName);
        Assert.Null(topic.AllowsBackupToPublish);
        Assert.Null(key.AllowsBackupService);
        Assert.Null(bucket.Versioned);
        Assert.EndsWith(":s3:::orders-data", bucket.BucketArn, StringComparison.Ordinal);
        Assert.Null((ExternalKey?)(string?)null);
    }

    private static VaultNotifications Notify(ExternalTopic topic, bool create = false) =>
        new() { TopicArn = topic, Events = [BackupVaultEvent.BackupJobCompleted], CreateTopicPolicy = create };

    private static JsonObject Template(BackupApp app)
    {
        var result = app.Synth();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return (JsonObject)JsonNode.Parse(CloudFormationEmitter.Emit(Assert.Single(result.Graphs)).GetText())!;
    }

    private static List<(string Id, JsonObject Resource)> Resources(JsonObject template, string type) =>
        [.. template["Resources"]!.AsObject().Where(r => (string?)r.Value!["Type"] == type).Select(r => (r.Key, (JsonObject)r.Value!))];
}
