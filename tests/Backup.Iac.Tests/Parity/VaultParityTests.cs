using Backup.Iac.Catalog;
using Backup.Iac.Graph;

namespace Backup.Iac.Tests.Parity;

/// <summary>
/// The AWS CDK's <c>aws-backup/test/vault.test.ts</c>, test by test, as Backup.Iac estates (see README.md in this
/// folder). Each test names its CDK test; where Backup.Iac deliberately differs, the test asserts the difference.
/// </summary>
public sealed class VaultParityTests
{
    private const string Vault = "AWS::Backup::BackupVault";

    // CDK: 'create a vault'. Differs: the generated name is the path-based unique ID of the vault, stack included (in a
    // CDK app the stack is in the path too; the CDK unit test's stack has no parent, so its name is just 'Vault').
    [Fact]
    public void Create_a_vault()
    {
        var (app, stack) = ParityTemplate.NewStack();
        var vault = stack.AddVault("Vault");

        var template = ParityTemplate.Of(app);

        var name = (string?)template.Single(Vault)["BackupVaultName"];
        Assert.Equal(vault.VaultName, name);
        Assert.StartsWith("StackVault", name, StringComparison.Ordinal);
    }

    // CDK: 'with access policy'. Same statement; differs in spelling only: everyone is Principal "*" (the CDK writes
    // {"AWS": "*"}, the same for IAM), Action is always a list (the CDK writes a lone action as a string), and a lone
    // condition value is a string (the CDK keeps the list).
    [Fact]
    public void With_access_policy()
    {
        var (app, stack) = ParityTemplate.NewStack();
        stack.AddVault("Vault", new BackupVaultProps
        {
            AccessPolicy = VaultAccessPolicy.Of(new PolicyStatement
            {
                Effect = PolicyEffect.Deny,
                Principals = [PolicyPrincipal.Anyone],
                Actions = ["backup:DeleteRecoveryPoint"],
                Resources = ["*"],
                Conditions = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>
                {
                    ["StringNotLike"] = new Dictionary<string, IReadOnlyList<string>> { ["aws:userId"] = ["user-arn"] },
                },
            }),
        });

        ParityTemplate.Of(app).HasResourceProperties(Vault, """
            { "AccessPolicy": { "Version": "2012-10-17", "Statement": [ {
                "Effect": "Deny", "Principal": "*", "Action": ["backup:DeleteRecoveryPoint"], "Resource": "*",
                "Condition": { "StringNotLike": { "aws:userId": "user-arn" } } } ] } }
            """);
    }

    // CDK: 'with blockRecoveryPointDeletion'. Same since issue 16: DenyRecoveryPointDeletion denies exactly the two
    // actions the CDK and the guide's example deny (it used to deny backup:PutBackupVaultAccessPolicy too).
    [Fact]
    public void With_blockRecoveryPointDeletion()
    {
        var (app, stack) = ParityTemplate.NewStack();
        stack.AddVault("Vault", new BackupVaultProps { AccessPolicy = VaultAccessPolicy.Of(VaultAccessPolicy.DenyRecoveryPointDeletion()) });

        ParityTemplate.Of(app).HasResourceProperties(Vault, BlockedDeletion);
    }

    // CDK: 'merges statements from accessPolicy and blockRecoveryPointDeletion'. Same template; the statements are
    // listed in one policy (there is no separate blockRecoveryPointDeletion flag). Differs: a statement's Resource
    // defaults to "*" (the CDK leaves it out).
    [Fact]
    public void Merges_statements_from_accessPolicy_and_blockRecoveryPointDeletion()
    {
        var (app, stack) = ParityTemplate.NewStack();
        stack.AddVault("Vault", new BackupVaultProps
        {
            AccessPolicy = VaultAccessPolicy.Of(DenyRestoreToMyRole, VaultAccessPolicy.DenyRecoveryPointDeletion()),
        });

        ParityTemplate.Of(app).HasResourceProperties(Vault, """
            { "AccessPolicy": { "Version": "2012-10-17", "Statement": [
                { "Action": ["backup:StartRestoreJob"], "Effect": "Deny", "Principal": { "AWS": "arn:aws:iam::123456789012:role/MyRole" }, "Resource": "*" },
                { "Effect": "Deny", "Principal": "*", "Action": ["backup:DeleteRecoveryPoint", "backup:UpdateRecoveryPointLifecycle"], "Resource": "*" } ] } }
            """);
    }

    // CDK: 'addToAccessPolicy()'. Differs in API: props are immutable records, so a statement is added with `with`
    // before the vault is created (no mutating addToAccessPolicy); same template.
    [Fact]
    public void AddToAccessPolicy()
    {
        var (app, stack) = ParityTemplate.NewStack();
        var props = new BackupVaultProps();
        stack.AddVault("Vault", props with { AccessPolicy = VaultAccessPolicy.Of([.. props.AccessPolicy?.Statements ?? [], DenyRestoreToMyRole]) });

        ParityTemplate.Of(app).HasResourceProperties(Vault, """
            { "AccessPolicy": { "Version": "2012-10-17", "Statement": [
                { "Action": ["backup:StartRestoreJob"], "Effect": "Deny", "Principal": { "AWS": "arn:aws:iam::123456789012:role/MyRole" } } ] } }
            """);
    }

    // CDK: 'blockRecoveryPointDeletion()'. Differs in API (no mutating method, see AddToAccessPolicy); same template.
    [Fact]
    public void BlockRecoveryPointDeletion()
    {
        var (app, stack) = ParityTemplate.NewStack();
        var props = new BackupVaultProps();
        stack.AddVault("Vault", props with { AccessPolicy = VaultAccessPolicy.Of([.. props.AccessPolicy?.Statements ?? [], VaultAccessPolicy.DenyRecoveryPointDeletion()]) });

        ParityTemplate.Of(app).HasResourceProperties(Vault, BlockedDeletion);
    }

    // CDK: 'with encryption key'. Same template; differs in API: there is no typed KMS key yet (issue 16 item 4), so
    // the key is a raw resource and the vault takes its ARN as a deploy-time value.
    [Fact]
    public void With_encryption_key()
    {
        var (app, stack) = ParityTemplate.NewStack();
        var key = stack.AddRawResource("Key", "AWS::KMS::Key", MapValue.Empty);
        stack.AddVault("Vault", new BackupVaultProps { EncryptionKeyArn = Token.AsString(new AttributeValue(key.LogicalId, "Arn")) });

        ParityTemplate.Of(app).HasResourceProperties(Vault, $$"""{ "EncryptionKeyArn": { "Fn::GetAtt": ["{{key.LogicalId}}", "Arn"] } }""");
        Assert.Equal("Key961B73FD", key.LogicalId);
    }

    // CDK: 'with notifications'. Same template for the vault; the topic is a raw resource (no typed topic yet). The
    // CDK also grants the topic's publish to AWS Backup: see With_notifications_the_topic_lets_AWS_Backup_publish.
    [Fact]
    public void With_notifications()
    {
        var (app, stack) = ParityTemplate.NewStack();
        var topic = stack.AddRawResource("Topic", "AWS::SNS::Topic", MapValue.Empty);
        stack.AddVault("Vault", new BackupVaultProps
        {
            Notifications = new VaultNotifications
            {
                TopicArn = Token.AsString(new ReferenceValue(topic.LogicalId)),
                Events = [BackupVaultEvent.BackupJobCompleted, BackupVaultEvent.CopyJobFailed],
            },
        });

        ParityTemplate.Of(app).HasResourceProperties(Vault, """
            { "Notifications": { "BackupVaultEvents": ["BACKUP_JOB_COMPLETED", "COPY_JOB_FAILED"], "SNSTopicArn": { "Ref": "TopicBFC7AF6E" } } }
            """);
    }

    // The CDK grants sns:Publish on the topic to backup.amazonaws.com (topic.grantPublish, issue 16 item 2). Same
    // statement (Action, Effect, Principal, Resource); differs deliberately: (1) it is opt-in (CreateTopicPolicy),
    // because an AWS::SNS::TopicPolicy replaces the topic's whole policy and the topic may be shared or managed
    // elsewhere (the CDK's grant is silently dropped on an imported topic); (2) it is conditioned on aws:SourceArn (the
    // vault's ARN) and aws:SourceAccount, as the guide's "Cross-service confused deputy prevention" recommends (the CDK
    // writes no condition).
    [Fact]
    public void With_notifications_the_topic_lets_AWS_Backup_publish()
    {
        var (app, stack) = ParityTemplate.NewStack();
        var topic = stack.AddRawResource("Topic", "AWS::SNS::Topic", MapValue.Empty);
        var vault = stack.AddVault("Vault", new BackupVaultProps
        {
            Notifications = new VaultNotifications { TopicArn = Token.AsString(new ReferenceValue(topic.LogicalId)), Events = [BackupVaultEvent.BackupJobFailed], CreateTopicPolicy = true },
        });

        var template = ParityTemplate.Of(app);

        template.HasResourceProperties("AWS::SNS::TopicPolicy", $$"""
            { "Topics": [ { "Ref": "TopicBFC7AF6E" } ],
              "PolicyDocument": { "Version": "2012-10-17", "Statement": [ {
                "Action": "sns:Publish", "Effect": "Allow", "Principal": { "Service": "backup.amazonaws.com" }, "Resource": { "Ref": "TopicBFC7AF6E" },
                "Condition": {
                  "ArnEquals": { "aws:SourceArn": { "Fn::GetAtt": ["{{vault.LogicalId}}", "BackupVaultArn"] } },
                  "StringEquals": { "aws:SourceAccount": { "Ref": "AWS::AccountId" } } } } ] } }
            """);
        Assert.Single(template.Resources("AWS::SNS::TopicPolicy"));
        Assert.DoesNotContain(template.Result.Diagnostics, d => d.Code is "BKP1210" or "BKP1260" or "BKP1212");
    }

    // Without CreateTopicPolicy, no topic policy is written (the deliberate difference above), and NOTIF-010 says that
    // nothing in the app lets AWS Backup publish to the app's topic (BKP1260).
    [Fact]
    public void With_notifications_and_no_topic_policy_the_missing_grant_is_reported()
    {
        var (app, stack) = ParityTemplate.NewStack();
        var topic = stack.AddRawResource("Topic", "AWS::SNS::Topic", MapValue.Empty);
        stack.AddVault("Vault", new BackupVaultProps
        {
            Notifications = new VaultNotifications { TopicArn = Token.AsString(new ReferenceValue(topic.LogicalId)), Events = [BackupVaultEvent.BackupJobFailed] },
        });

        var template = ParityTemplate.Of(app);

        Assert.Empty(template.Resources("AWS::SNS::TopicPolicy"));
        Assert.Contains(template.Result.Diagnostics, d => d.Code == "BKP1260" && d.Path == "Stack/Vault");
    }

    // CDK: 'defaults to all notifications'. Differs deliberately: Events is required (BKP1202) because "all events"
    // includes deprecated events that AWS no longer sends (BKP1204 flags them); name the events you act on.
    [Fact]
    public void Defaults_to_all_notifications()
    {
        var (app, stack) = ParityTemplate.NewStack();
        stack.AddVault("Vault", new BackupVaultProps { Notifications = new VaultNotifications { TopicArn = "arn:aws:sns:eu-west-1:111122223333:backup", Events = null! } });

        var result = app.Synth();

        Assert.Contains(result.Diagnostics, d => d.Code == VaultConstraints.EventsRequired.Code && d.Severity == Severity.Error);
    }

    // CDK: 'import from arn'. Same.
    [Fact]
    public void Import_from_arn()
    {
        var arn = $"arn:{Aws.Partition}:backup:{Aws.Region}:{Aws.AccountId}:backup-vault:myVaultName";

        var vault = BackupVault.FromArn(arn);

        Assert.Equal("myVaultName", vault.VaultName);
        Assert.Equal(arn, vault.VaultArn);
    }

    // CDK: 'import from name'. Same.
    [Fact]
    public void Import_from_name()
    {
        var vault = BackupVault.FromName("myVaultName");

        Assert.Equal("myVaultName", vault.VaultName);
        Assert.Equal($"arn:{Aws.Partition}:backup:{Aws.Region}:{Aws.AccountId}:backup-vault:myVaultName", vault.VaultArn);
    }

    // CDK: 'refer exported value for vault name'. Same template; differs in API: there is no Fn.importValue, so the
    // name is a CloudFormation expression taken as is (an opaque deploy-time value).
    [Fact]
    public void Refer_exported_value_for_vault_name()
    {
        var (app, stack) = ParityTemplate.NewStack();
        var imported = Token.AsString(new OpaqueValue("cloudformation", MapValue.Of(new KeyValuePair<string, Value?>("Fn::ImportValue", new StringValue("VaultName")))));
        stack.AddVault("Vault", new BackupVaultProps { BackupVaultName = imported });

        ParityTemplate.Of(app).HasResourceProperties(Vault, """{ "BackupVaultName": { "Fn::ImportValue": "VaultName" } }""");
    }

    // CDK: 'grant action'. Differs deliberately: the CDK adds an AWS::IAM::Policy to the role (identity side); Backup.Iac
    // does not own IAM principals (a role is an ARN, IBackupRole), so Grant adds the statement to the vault's own access
    // policy (resource side), after any AccessPolicy statements. For a principal of the vault's account either side is
    // enough (IAM allows a request that an identity or a resource policy allows); a principal of another account gets only
    // backup:CopyIntoBackupVault from a vault policy (BKP1103). An imported vault (FromName, as in the CDK test) has no
    // policy here to add to: grant on the vault you own, or give the role an identity policy where it is defined.
    [Fact]
    public void Grant_action()
    {
        var (app, stack) = ParityTemplate.NewStack();
        var vault = stack.AddVault("Vault", new BackupVaultProps { AccessPolicy = VaultAccessPolicy.Of(VaultAccessPolicy.DenyRecoveryPointDeletion()) });
        var role = BackupRole.FromArn("arn:aws:iam::123456789012:role/Role");

        vault.Grant(role, "backup:StartBackupJob");

        var template = ParityTemplate.Of(app);
        template.HasResourceProperties(Vault, """
            { "AccessPolicy": { "Version": "2012-10-17", "Statement": [
                { "Sid": "DenyRecoveryPointDeletion", "Effect": "Deny" },
                { "Action": ["backup:StartBackupJob"], "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::123456789012:role/Role" }, "Resource": "*" } ] } }
            """);
        Assert.Empty(template.Resources("AWS::IAM::Policy"));
    }

    // CDK: 'throw when grant action includes wildcard'. Differs: reported at synth with VPOL-002's wording (BKP1102, an
    // error at Grants[0].Actions[0]: vault access policies do not support wildcards in Action), with every other finding,
    // instead of thrown by grant().
    [Fact]
    public void Throw_when_grant_action_includes_wildcard()
    {
        var (app, stack) = ParityTemplate.NewStack();
        var vault = stack.AddVault("Vault");

        vault.Grant(BackupRole.FromArn("arn:aws:iam::123456789012:role/Role"), "backup:*");

        var error = Assert.Single(app.Synth().Diagnostics, d => d.Code == VaultConstraints.PolicyActionWildcard.Code);
        Assert.Equal((Severity.Error, vault.Path, "Grants[0].Actions[0]"), (error.Severity, error.Path.ToString(), error.Property));
        Assert.Contains("'backup:*'", error.Message, StringComparison.Ordinal);
    }

    // CDK: 'throws with invalid name', 'throws with whitespace in name', 'throws with too short name'. Differs: the
    // name is checked at synth (BKP1002, with every other finding) instead of thrown by the constructor.
    [Theory]
    [InlineData("Hello!Inv@lid")]
    [InlineData("Hello Invalid")]
    [InlineData("x")]
    public void Throws_with_invalid_name(string name)
    {
        var (app, stack) = ParityTemplate.NewStack();
        stack.AddVault("Vault", new BackupVaultProps { BackupVaultName = name });

        Assert.Contains(app.Synth().Diagnostics, d => d.Code == VaultConstraints.NamePattern.Code && d.Severity == Severity.Error);
    }

    // CDK: 'with lock configuration'. Same template; differs deliberately: a ChangeableFor makes it a compliance lock,
    // which becomes irreversible, so Backup.Iac asks for the acknowledgement (without it, BKP1359 is an error).
    [Fact]
    public void With_lock_configuration()
    {
        var (app, stack) = ParityTemplate.NewStack();
        stack.AddVault("Vault", new BackupVaultProps
        {
            Lock = VaultLock.Compliance(Duration.Days(30), changeableFor: Duration.Days(7), ComplianceLockAcknowledgement.IrreversibleAfterGraceTime, maxRetention: Duration.Days(365)),
        });

        ParityTemplate.Of(app).HasResourceProperties(Vault, """{ "LockConfiguration": { "ChangeableForDays": 7, "MaxRetentionDays": 365, "MinRetentionDays": 30 } }""");

        var (unacknowledged, other) = ParityTemplate.NewStack();
        other.AddVault("Vault", new BackupVaultProps { Lock = VaultLock.Compliance(Duration.Days(30), Duration.Days(7), ComplianceLockAcknowledgement.None) });
        Assert.Contains(unacknowledged.Synth().Diagnostics, d => d.Code == LockConstraints.ComplianceNotAcknowledged.Code);
    }

    // CDK: 'throws with incorrect lock configuration - min retention', '- max retention', '- max and min retention',
    // '- changeable for'. Differs: reported at synth (BKP13xx) instead of thrown; 12 hours is BKP9001 (lock bounds are
    // whole days in CloudFormation, so a sub-day value cannot be written at all).
    [Theory]
    [InlineData(0.5, null, null, "BKP9001")]
    [InlineData(7.0, 40000, null, "BKP1305")]
    [InlineData(7.0, 4, null, "BKP1306")]
    [InlineData(7.0, null, 1, "BKP1303")]
    public void Throws_with_incorrect_lock_configuration(double minDays, int? maxDays, int? changeableDays, string code)
    {
        var (app, stack) = ParityTemplate.NewStack();
        var min = minDays < 1 ? Duration.Hours(12) : Duration.Days((int)minDays);
        var max = maxDays is { } m ? Duration.Days(m) : (Duration?)null;
        stack.AddVault("Vault", new BackupVaultProps
        {
            Lock = changeableDays is { } c
                ? VaultLock.Compliance(min, Duration.Days(c), ComplianceLockAcknowledgement.IrreversibleAfterGraceTime, max)
                : VaultLock.Governance(min, max),
        });

        Assert.Contains(app.Synth().Diagnostics, d => d.Code == code && d.Severity == Severity.Error);
    }

    private static readonly PolicyStatement DenyRestoreToMyRole = new()
    {
        Effect = PolicyEffect.Deny,
        Principals = [PolicyPrincipal.FromArn("arn:aws:iam::123456789012:role/MyRole")],
        Actions = ["backup:StartRestoreJob"],
    };

    private const string BlockedDeletion = """
        { "AccessPolicy": { "Version": "2012-10-17", "Statement": [ {
            "Effect": "Deny", "Principal": "*", "Action": ["backup:DeleteRecoveryPoint", "backup:UpdateRecoveryPointLifecycle"], "Resource": "*" } ] } }
        """;
}
