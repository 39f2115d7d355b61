using Backup.Iac.Graph;
using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

internal static class VaultCases
{
    private const string OtherTopicArn = "arn:aws:sns:eu-west-1:444455556666:backup-events";

    /// <summary>A vault <c>Vault</c> with <paramref name="props"/>, used by a daily plan whose selection <c>Sel</c> picks <paramref name="resources"/>.</summary>
    private static BackupApp VaultSelecting(BackupVaultProps props, params BackupResource[] resources) => Fixture.App(s =>
    {
        var vault = s.AddVault("Vault", props);
        var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = vault, Rules = [BackupPlanRule.Daily()] });
        plan.AddSelection("Sel", new BackupSelectionOptions { Resources = resources, Role = BackupRole.FromArn(Fixture.RoleArn) });
    });

    /// <summary>A vault <c>Vault</c> with <paramref name="props"/> that no plan uses.</summary>
    private static BackupApp UnusedVault(BackupVaultProps props, string? account = Fixture.Account) =>
        Fixture.App(s => s.AddVault("Vault", props), account);

    /// <summary>Two stacks, each with a vault <c>Vault</c> named <paramref name="name"/>.</summary>
    private static BackupApp TwoStacks(string name, string? regionA, string? regionB, string? account = Fixture.Account)
    {
        var app = new BackupApp();
        app.AddStack("A", new BackupStackProps { Account = account, Region = regionA }).AddVault("Vault", new() { BackupVaultName = name });
        app.AddStack("B", new BackupStackProps { Account = account, Region = regionB }).AddVault("Vault", new() { BackupVaultName = name });
        return app;
    }

    /// <summary><paramref name="count"/> vaults <c>V0</c>, <c>V1</c>, ... in stack <c>Test</c>.</summary>
    private static BackupApp Vaults(int count) => Fixture.App(s =>
    {
        for (var i = 0; i < count; i++)
        {
            s.AddVault($"V{i}");
        }
    });

    private static BackupApp Policy(VaultAccessPolicy policy, string? account = Fixture.Account) =>
        Fixture.App(s => Fixture.Plan(s, s.AddVault("Vault", new() { AccessPolicy = policy }), BackupPlanRule.Daily()), account);

    /// <summary>A vault <c>Vault</c> with the policy (or none) and one grant of the actions to the fixture's role (or to the role ARN given first).</summary>
    private static BackupApp Granted(VaultAccessPolicy? policy, params string[] actions) => Fixture.App(s =>
    {
        var vault = s.AddVault("Vault", new() { AccessPolicy = policy });
        var (principal, rest) = actions[0].StartsWith("arn:", StringComparison.Ordinal) ? (actions[0], actions[1..]) : (Fixture.RoleArn, actions);
        Grant(vault, PolicyPrincipal.FromArn(principal), rest);
        Fixture.Plan(s, vault, BackupPlanRule.Daily());
    });

    private static BackupVault Grant(BackupVault vault, PolicyPrincipal principal, params string[] actions)
    {
        vault.Grant(principal, actions);
        return vault;
    }

    private static PolicyStatement Statement(PolicyEffect effect, IReadOnlyList<string> actions, IReadOnlyList<string>? resources = null, PolicyPrincipal? principal = null) =>
        new()
        {
            Effect = effect,
            Principals = [principal ?? PolicyPrincipal.Anyone],
            Actions = actions,
            Resources = resources ?? ["*"],
        };

    private static BackupApp Resources(params string[] resources) =>
        Policy(VaultAccessPolicy.Of(Statement(PolicyEffect.Deny, ["backup:DeleteRecoveryPoint"], resources)));

    private static BackupApp Notify(params BackupVaultEvent[] events) =>
        Fixture.WithVault(new() { Notifications = new VaultNotifications { TopicArn = Fixture.TopicArn, Events = events } });

    private static BackupApp Topic(string topicArn, string? account = Fixture.Account) => Fixture.App(
        s => Fixture.Plan(s, s.AddVault("Vault", new() { Notifications = new VaultNotifications { TopicArn = topicArn, Events = [BackupVaultEvent.BackupJobCompleted] } }), BackupPlanRule.Daily()),
        account);

    private static BackupApp S3Events(params BackupResource[] resources) => VaultSelecting(
        new() { Notifications = new VaultNotifications { TopicArn = Fixture.TopicArn, Events = [BackupVaultEvent.BackupJobCompleted, BackupVaultEvent.S3BackupObjectFailed] } },
        resources);

    private static BackupApp Tags(IReadOnlyDictionary<string, string> tags) => Fixture.WithVault(new() { Tags = tags });

    private static Dictionary<string, string> ManyTags(int count) =>
        Enumerable.Range(0, count).ToDictionary(i => $"k{i:D2}", i => "v");

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        Bad("VAULT-001 an empty vault name is rejected", "BKP1001", () => Fixture.WithVault(new() { BackupVaultName = "" }), "Test/Vault", "BackupVaultName"),
        Good("VAULT-001 a generated vault name is accepted", "BKP1001", () => Fixture.WithVault(new())),
        Bad("VAULT-002 a vault name with a dot is rejected", "BKP1002", () => Fixture.WithVault(new() { BackupVaultName = "prod.vault" }), "Test/Vault", "BackupVaultName"),
        Bad("VAULT-002 a one-character vault name is rejected", "BKP1002", () => Fixture.WithVault(new() { BackupVaultName = "a" })),
        Bad("VAULT-002 a 51-character vault name is rejected", "BKP1002", () => Fixture.WithVault(new() { BackupVaultName = new string('a', 51) })),
        Good("VAULT-002 a 2-character vault name is accepted", "BKP1002", () => Fixture.WithVault(new() { BackupVaultName = "ab" })),
        Good("VAULT-002 a 50-character vault name with - and _ is accepted", "BKP1002", () => Fixture.WithVault(new() { BackupVaultName = "a-_" + new string('b', 47) })),
        Bad("VAULT-002 a name built from the stack's known account and Region is checked after they are filled in", "BKP1002",
            () => Fixture.WithVault(new() { BackupVaultName = $"{Aws.AccountId}_{Aws.Region}_backup-vault-for-replication-long" }), "Test/Vault", "BackupVaultName"),
        Good("VAULT-002 a vault name from a token is not checked", "BKP1002", () => Fixture.WithVault(new() { BackupVaultName = Aws.AccountId + "-vault" })),

        Bad("VAULT-003 two vaults named prod in one stack are rejected at the second", "BKP1003", () => Fixture.App(s =>
        {
            s.AddVault("Vault", new() { BackupVaultName = "prod" });
            s.AddVault("Vault2", new() { BackupVaultName = "prod" });
        }), "Test/Vault2", "BackupVaultName"),
        Bad("VAULT-003 the same name in two stacks of one account and Region is rejected", "BKP1003", () => TwoStacks("prod", Fixture.Region, Fixture.Region), "B/Vault", "BackupVaultName"),
        Good("VAULT-003 Prod and prod are distinct names", "BKP1003", () => Fixture.App(s =>
        {
            s.AddVault("Vault", new() { BackupVaultName = "Prod" });
            s.AddVault("Vault2", new() { BackupVaultName = "prod" });
        })),
        Good("VAULT-003 the same name in two Regions is accepted", "BKP1003", () => TwoStacks("prod", Fixture.Region, Fixture.OtherRegion)),
        Good("VAULT-003 the same name in two stacks of unknown environment is not judged", "BKP1003", () => TwoStacks("prod", null, null, account: null)),
        Bad("VAULT-003 a standard vault with the name of the air-gapped vault a rule uses is warned", "BKP1053", () => Fixture.App(s =>
            Fixture.Plan(s, s.AddVault("Vault", new() { BackupVaultName = "vault-ag" }), BackupPlanRule.Daily() with { LogicallyAirGappedVault = BackupVault.FromName("vault-ag") })),
            "Test/Vault", "BackupVaultName"),
        Good("VAULT-003 an air-gapped vault of the same name in another account is accepted", "BKP1053", () => Fixture.App(s =>
            Fixture.Plan(s, s.AddVault("Vault", new() { BackupVaultName = "vault-ag" }), BackupPlanRule.Daily() with
            {
                LogicallyAirGappedVault = BackupVault.FromArn($"arn:aws:backup:{Fixture.Region}:{Fixture.OtherAccount}:backup-vault:vault-ag"),
            }))),

        Bad("VAULT-004 a vault name with a 9-digit number is warned", "BKP1004", () => Fixture.WithVault(new() { BackupVaultName = "passport-123456789" }), "Test/Vault", "BackupVaultName"),
        Bad("VAULT-004 a vault name with an e-mail address is warned", "BKP1004", () => Fixture.WithVault(new() { BackupVaultName = "vault-jane.doe@example.com" })),
        Good("VAULT-004 a vault name with an account ID and a date is accepted", "BKP1004", () => Fixture.WithVault(new() { BackupVaultName = "prod-111122223333-20240101" })),

        Bad("VAULT-005 a vault named Default is warned", "BKP1005", () => Fixture.WithVault(new() { BackupVaultName = "Default" }), "Test/Vault", "BackupVaultName"),
        Bad("VAULT-005 a rule that targets the Default vault by name is warned", "BKP1005", () => Fixture.App(s =>
        {
            s.AddVault("Other");
            Fixture.Plan(s, BackupVault.FromName("Default"), BackupPlanRule.Daily());
        }), "Test/Plan/Rules[Daily]", "Vault"),
        Good("VAULT-005 a vault named DefaultVault is accepted", "BKP1005", () => Fixture.WithVault(new() { BackupVaultName = "DefaultVault" })),
        Good("VAULT-005 a rule that targets another external vault is accepted", "BKP1005", () => Fixture.App(s =>
        {
            s.AddVault("Other");
            Fixture.Plan(s, BackupVault.FromName("prod-vault"), BackupPlanRule.Daily());
        })),

        Bad("VAULT-006 a copy into the EFS automatic backup vault is warned", "BKP1006", () => Fixture.WithRule(BackupPlanRule.Daily() with
        {
            CopyActions = [CopyAction.To(BackupVault.FromArn($"arn:aws:backup:{Fixture.Region}:{Fixture.Account}:backup-vault:aws/efs/automatic-backup-vault"))],
        }), "Test/Plan/Rules[Daily]/CopyActions[0]", "Destination"),
        Good("VAULT-006 a copy into a vault of one's own is accepted", "BKP1006", () => Fixture.WithRule(BackupPlanRule.Daily() with
        {
            CopyActions = [CopyAction.To(BackupVault.FromArn($"arn:aws:backup:{Fixture.OtherRegion}:{Fixture.Account}:backup-vault:prod-dr"))],
        })),

        Bad("VAULT-007 a key alias is warned", "BKP1007", () => Fixture.WithVault(new() { EncryptionKeyArn = "alias/aws/backup" }), "Test/Vault", "EncryptionKeyArn"),
        Bad("VAULT-007 a bare key ID is warned", "BKP1007", () => Fixture.WithVault(new() { EncryptionKeyArn = "1234abcd-12ab-34cd-56ef-1234567890ab" })),
        Good("VAULT-007 a KMS key ARN is accepted", "BKP1007", () => Fixture.WithVault(new() { EncryptionKeyArn = Fixture.KeyArn })),
        Good("VAULT-007 a KMS key ARN in the aws-us-gov partition is accepted", "BKP1007", () => Fixture.WithVault(new() { EncryptionKeyArn = "arn:aws-us-gov:kms:us-gov-west-1:111122223333:key/1234abcd" })),
        Good("VAULT-007 a key ARN with deploy-time parts is not checked", "BKP1007", () => Fixture.WithVault(new() { EncryptionKeyArn = $"arn:{Aws.Partition}:kms:{Aws.Region}:{Aws.AccountId}:alias/backup" })),

        Bad("VAULT-009 a customer key on a vault that only receives EBS backups is warned", "BKP1009", () => VaultSelecting(new() { EncryptionKeyArn = Fixture.KeyArn }, BackupResource.EbsVolume("vol-0123456789abcdef0")),
            "Test/Vault", "EncryptionKeyArn"),
        Good("VAULT-009 a customer key with a tag selection is accepted", "BKP1009", () => Fixture.WithVault(new() { EncryptionKeyArn = Fixture.KeyArn })),
        Good("VAULT-009 a customer key on a vault that receives EFS backups is accepted", "BKP1009", () => VaultSelecting(new() { EncryptionKeyArn = Fixture.KeyArn }, BackupResource.EfsFileSystem("fs-0123456789abcdef0"))),
        Good("VAULT-009 a customer key on a vault no plan uses is not judged", "BKP1009", () => UnusedVault(new() { EncryptionKeyArn = Fixture.KeyArn })),

        Bad("VAULT-010 51 tags are rejected", "BKP1010", () => Tags(ManyTags(51)), "Test/Vault", "Tags"),
        Bad("VAULT-010 a tag key with the aws: prefix is rejected", "BKP1010", () => Tags(new Dictionary<string, string> { ["aws:owner"] = "me" }), "Test/Vault", "Tags[aws:owner]"),
        Bad("VAULT-010 a 129-character tag key is rejected", "BKP1010", () => Tags(new Dictionary<string, string> { [new string('k', 129)] = "v" })),
        Bad("VAULT-010 an empty tag key is rejected", "BKP1010", () => Tags(new Dictionary<string, string> { [""] = "v" })),
        Bad("VAULT-010 a 257-character tag value is rejected", "BKP1010", () => Tags(new Dictionary<string, string> { ["team"] = new string('v', 257) }), "Test/Vault", "Tags[team]"),
        Good("VAULT-010 50 tags with a 128-character key and a 256-character value are accepted", "BKP1010", () =>
        {
            var tags = ManyTags(49);
            tags[new string('k', 128)] = new string('v', 256);
            return Tags(tags);
        }),
        Good("VAULT-010 a tag value from a token is not measured", "BKP1010", () => Tags(new Dictionary<string, string> { ["account"] = Aws.AccountId })),

        Bad("VAULT-011 a vault with RemovalPolicy Destroy is warned", "BKP1011", () => Fixture.WithVault(new() { RemovalPolicy = RemovalPolicy.Destroy }), "Test/Vault", "RemovalPolicy"),
        Good("VAULT-011 a vault with the default Retain policy is accepted", "BKP1011", () => Fixture.WithVault(new())),
        Good("VAULT-011 a locked vault with RemovalPolicy Destroy is XR-017's (one finding per cause)", "BKP1011",
            () => Fixture.WithVault(new() { Lock = VaultLock.Governance(minRetention: Duration.Days(7)), RemovalPolicy = RemovalPolicy.Destroy })),

        Bad("VAULT-012 destroying a vault named Default is warned", "BKP1012", () => Fixture.WithVault(new() { BackupVaultName = "Default", RemovalPolicy = RemovalPolicy.Destroy }), "Test/Vault", "RemovalPolicy"),
        Good("VAULT-012 retaining a vault named Default is accepted", "BKP1012", () => Fixture.WithVault(new() { BackupVaultName = "Default" })),
        Good("VAULT-012 destroying a vault with another name is not this rule", "BKP1012", () => Fixture.WithVault(new() { BackupVaultName = "scratch", RemovalPolicy = RemovalPolicy.Destroy })),

        Bad("VAULT-013 301 vaults in one account and Region are warned at the 301st", "BKP1013", () => Vaults(301), "Test/V300"),
        Good("VAULT-013 300 vaults in one account and Region are accepted", "BKP1013", () => Vaults(300)),
        Good("VAULT-013 301 vaults over two Regions are accepted", "BKP1013", () =>
        {
            var app = new BackupApp();
            var a = app.AddStack("A", new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region });
            var b = app.AddStack("B", new BackupStackProps { Account = Fixture.Account, Region = Fixture.OtherRegion });
            for (var i = 0; i < 301; i++)
            {
                (i % 2 == 0 ? a : b).AddVault($"V{i}");
            }

            return app;
        }),

        Bad("VPOL-001 a policy that is not JSON is rejected", "BKP1101", () => Policy(VaultAccessPolicy.FromJson("{ \"Statement\": [")), "Test/Vault", "AccessPolicy.Json"),
        Bad("VPOL-001 a JSON array is rejected", "BKP1101", () => Policy(VaultAccessPolicy.FromJson("[]"))),
        Bad("VPOL-001 a statement with a numeric Effect is rejected", "BKP1101",
            () => Policy(VaultAccessPolicy.FromJson("""{ "Version": "2012-10-17", "Statement": [{ "Effect": 1, "Principal": "*", "Action": "backup:CopyIntoBackupVault" }] }"""))),
        Bad("VPOL-001 a typed statement without actions is rejected", "BKP1101",
            () => Policy(VaultAccessPolicy.Of(new PolicyStatement { Effect = PolicyEffect.Deny, Principals = [PolicyPrincipal.Anyone], Actions = [] }))),
        Bad("VPOL-001 a statement with a null Action is rejected", "BKP1101",
            () => Policy(VaultAccessPolicy.FromJson("""{ "Version": "2012-10-17", "Statement": [{ "Effect": "Deny", "Principal": "*", "Action": null }] }"""))),
        Bad("VPOL-001 a statement without a principal is rejected", "BKP1101",
            () => Policy(VaultAccessPolicy.FromJson("""{ "Version": "2012-10-17", "Statement": [{ "Effect": "Deny", "Action": "backup:DeleteRecoveryPoint" }] }"""))),
        Bad("VPOL-001 a policy without Statement is rejected", "BKP1101", () => Policy(VaultAccessPolicy.FromJson("""{ "Version": "2012-10-17" }"""))),
        Bad("VPOL-001 a typed policy without statements is rejected", "BKP1101", () => Policy(VaultAccessPolicy.Of()), "Test/Vault", "AccessPolicy.Statements"),
        Good("VPOL-001 a typed deny policy is accepted", "BKP1101", () => Policy(VaultAccessPolicy.Of(VaultAccessPolicy.DenyRecoveryPointDeletion()))),
        Good("VPOL-001 a JSON string that holds the policy object is accepted", "BKP1101", () => Policy(VaultAccessPolicy.FromJson(
            "\"{\\\"Version\\\": \\\"2012-10-17\\\", \\\"Statement\\\": {\\\"Effect\\\": \\\"Deny\\\", \\\"Principal\\\": \\\"*\\\", \\\"Action\\\": \\\"backup:DeleteRecoveryPoint\\\", \\\"Resource\\\": \\\"*\\\"}}\""))),
        Bad("VPOL-001 a policy without Version is warned", "BKP1151", () => Policy(VaultAccessPolicy.FromJson(
            """{ "Statement": [{ "Effect": "Deny", "Principal": "*", "Action": "backup:DeleteRecoveryPoint", "Resource": "*" }] }""")), "Test/Vault", "AccessPolicy.Json"),
        Good("VPOL-001 a typed policy states its Version", "BKP1151", () => Policy(VaultAccessPolicy.Of(VaultAccessPolicy.DenyRecoveryPointDeletion()))),

        Bad("VPOL-002 the action backup:* is rejected", "BKP1102", () => Policy(VaultAccessPolicy.Of(Statement(PolicyEffect.Deny, ["backup:DescribeBackupVault", "backup:*"]))),
            "Test/Vault", "AccessPolicy.Statements[0].Actions[1]"),
        Bad("VPOL-002 the action * in raw JSON is rejected", "BKP1102", () => Policy(VaultAccessPolicy.FromJson(
            """{ "Version": "2012-10-17", "Statement": [{ "Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*" }] }""")), "Test/Vault", "AccessPolicy.Json"),
        Bad("VPOL-002 the action backup:Delete* is rejected", "BKP1102", () => Policy(VaultAccessPolicy.Of(Statement(PolicyEffect.Deny, ["backup:Delete*"])))),
        Good("VPOL-002 explicit actions are accepted", "BKP1102", () => Policy(VaultAccessPolicy.Of(VaultAccessPolicy.DenyRecoveryPointDeletion()))),

        Bad("VPOL-002 a wildcard action in a grant (vault.Grant; the AWS CDK throws) is rejected", "BKP1102", () => Granted(null, "backup:StartBackupJob", "backup:*"),
            "Test/Vault", "Grants[0].Actions[1]"),
        Bad("VPOL-002 a wildcard action in a grant after a raw JSON policy is rejected at the grant", "BKP1102", () => Granted(VaultAccessPolicy.FromJson(
            """{ "Version": "2012-10-17", "Statement": { "Effect": "Deny", "Principal": "*", "Action": "backup:DeleteRecoveryPoint", "Resource": "*" } }"""), "backup:Start*"),
            "Test/Vault", "Grants[0].Actions[0]"),
        Good("VPOL-002 a grant of explicit actions is accepted", "BKP1102", () => Granted(VaultAccessPolicy.Of(VaultAccessPolicy.DenyRecoveryPointDeletion()), "backup:StartBackupJob")),
        Bad("VPOL-003 a grant of StartRestoreJob to another account's role is warned", "BKP1103", () => Granted(null, $"arn:aws:iam::{Fixture.OtherAccount}:role/Restore", "backup:StartRestoreJob"),
            "Test/Vault", "Grants[0]"),
        Bad("BKP1190 a grant of DeleteRecoveryPoint to anyone is rejected", "BKP1190",
            () => Fixture.App(s => Fixture.Plan(s, Grant(s.AddVault("Vault"), PolicyPrincipal.Anyone, "backup:DeleteRecoveryPoint"), BackupPlanRule.Daily())), "Test/Vault", "Grants[0]"),

        Bad("VPOL-003 allowing DeleteRecoveryPoint to another account is warned", "BKP1103", () => Policy(VaultAccessPolicy.Of(
            Statement(PolicyEffect.Allow, ["backup:CopyIntoBackupVault", "backup:DeleteRecoveryPoint"], principal: PolicyPrincipal.Account(Fixture.OtherAccount)))),
            "Test/Vault", "AccessPolicy.Statements[0]"),
        Bad("VPOL-003 allowing a restore to another account's role in raw JSON is warned", "BKP1103", () => Policy(VaultAccessPolicy.FromJson(
            """{ "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Principal": { "AWS": ["arn:aws:iam::444455556666:role/Restore"] }, "Action": "backup:StartRestoreJob", "Resource": "*" }] }"""))),
        Good("VPOL-003 allowing CopyIntoBackupVault to another account is accepted", "BKP1103", () => Policy(VaultAccessPolicy.Of(VaultAccessPolicy.AllowCopyIntoFromAccounts(Fixture.OtherAccount)))),
        Good("VPOL-003 allowing other actions to the vault's own account is accepted", "BKP1103", () => Policy(VaultAccessPolicy.Of(
            Statement(PolicyEffect.Allow, ["backup:DeleteRecoveryPoint"], principal: PolicyPrincipal.Account(Fixture.Account))))),
        Good("VPOL-003 an unknown stack account is not judged", "BKP1103", () => Policy(VaultAccessPolicy.Of(
            Statement(PolicyEffect.Allow, ["backup:DeleteRecoveryPoint"], principal: PolicyPrincipal.Account(Fixture.OtherAccount))), account: null)),

        Bad("VPOL-004 a deny policy on a vault that receives EBS backups is warned", "BKP1104", () => VaultSelecting(
            new() { AccessPolicy = VaultAccessPolicy.Of(VaultAccessPolicy.DenyRecoveryPointDeletion()) }, BackupResource.EbsVolume("vol-0123456789abcdef0")),
            "Test/Vault", "AccessPolicy.Statements[0]"),
        Good("VPOL-004 a deny policy on a vault that receives only EFS backups is accepted", "BKP1104", () => VaultSelecting(
            new() { AccessPolicy = VaultAccessPolicy.Of(VaultAccessPolicy.DenyRecoveryPointDeletion()) }, BackupResource.EfsFileSystem("fs-0123456789abcdef0"))),
        Bad("VPOL-004 a deny policy on a vault that receives copies of RDS clusters is warned", "BKP1104", () => Fixture.App(s =>
        {
            var vault = s.AddVault("Vault", new() { AccessPolicy = VaultAccessPolicy.Of(VaultAccessPolicy.DenyRecoveryPointDeletion()) });
            var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = s.AddVault("Primary"), Rules = [BackupPlanRule.Daily() with { CopyActions = [CopyAction.To(vault)] }] });
            plan.AddSelection("Sel", new BackupSelectionOptions { Resources = [BackupResource.AuroraCluster("orders")], Role = BackupRole.FromArn(Fixture.RoleArn) });
        }), "Test/Vault", "AccessPolicy.Statements[0]"),
        Good("VPOL-004 a deny policy with a tag selection is not judged", "BKP1104", () => Fixture.WithVault(
            new() { AccessPolicy = VaultAccessPolicy.Of(VaultAccessPolicy.DenyRecoveryPointDeletion()) })),
        Good("VPOL-004 a deny policy on a vault no plan uses is not judged", "BKP1104", () => UnusedVault(
            new() { AccessPolicy = VaultAccessPolicy.Of(VaultAccessPolicy.DenyRecoveryPointDeletion()) })),
        Good("VPOL-004 an allow-only policy is not this rule", "BKP1104", () => VaultSelecting(
            new() { AccessPolicy = VaultAccessPolicy.Of(VaultAccessPolicy.AllowCopyIntoFromAccounts(Fixture.OtherAccount)) }, BackupResource.EbsVolume("vol-0123456789abcdef0"))),

        Bad("VPOL-005 an S3 object ARN as resource is warned", "BKP1105", () => Resources("arn:aws:s3:::my-bucket/*"), "Test/Vault", "AccessPolicy.Statements[0].Resources[0]"),
        Bad("VPOL-005 a manual RDS snapshot ARN is warned", "BKP1105", () => Resources("*", "arn:aws:rds:eu-west-1:111122223333:snapshot:manual-1"), "Test/Vault", "AccessPolicy.Statements[0].Resources[1]"),
        Good("VPOL-005 the documented recovery point formats are accepted", "BKP1105", () => Resources(
            "*",
            "arn:aws:ec2:eu-west-1::snapshot/*",
            "arn:aws:ec2:eu-west-1::image/ami-*",
            "arn:aws:rds:eu-west-1:111122223333:snapshot:awsbackup:*",
            "arn:aws:rds:eu-west-1:111122223333:cluster-snapshot:awsbackup:*",
            "arn:aws:backup:eu-west-1:111122223333:recovery-point:*",
            "arn:aws:backup:eu-west-1:111122223333:backup-vault:prod",
            "arn:aws:fsx:eu-west-1:111122223333:backup/backup-*",
            "arn:aws:dynamodb:eu-west-1:111122223333:table/*/backup/*")),
        Good("VPOL-005 a resource with deploy-time parts is not checked", "BKP1105", () => Resources($"arn:{Aws.Partition}:s3:::bucket-{Aws.AccountId}")),

        Bad("BKP1190 deleting recovery points allowed to anyone is rejected", "BKP1190",
            () => Policy(VaultAccessPolicy.Of(Statement(PolicyEffect.Allow, ["backup:DescribeBackupVault", "backup:DeleteRecoveryPoint"], principal: PolicyPrincipal.Anyone))),
            "Test/Vault", "AccessPolicy.Statements[0]"),
        Bad("BKP1190 an open policy in raw JSON ({\"AWS\": \"*\"}) is rejected", "BKP1190", () => Policy(VaultAccessPolicy.FromJson(
            """{ "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": ["backup:DeleteBackupVault", "backup:PutBackupVaultAccessPolicy"], "Resource": "*" }] }""")),
            "Test/Vault", "AccessPolicy.Json"),
        Good("BKP1190 CopyIntoBackupVault from the organization (a Condition) is accepted", "BKP1190", () => Policy(VaultAccessPolicy.Of(VaultAccessPolicy.AllowCopyIntoFromOrganization("o-a1b2c3d4e5")))),
        Good("BKP1190 denying deletion to anyone is accepted", "BKP1190", () => Policy(VaultAccessPolicy.Of(VaultAccessPolicy.DenyRecoveryPointDeletion()))),
        Good("BKP1190 a destructive action allowed to one account is not this rule", "BKP1190",
            () => Policy(VaultAccessPolicy.Of(Statement(PolicyEffect.Allow, ["backup:DeleteRecoveryPoint"], principal: PolicyPrincipal.Account(Fixture.Account))))),
        Good("BKP1190 an open statement with a Condition is not judged", "BKP1190", () => Policy(VaultAccessPolicy.FromJson(
            """{ "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Principal": "*", "Action": "backup:DeleteRecoveryPoint", "Resource": "*", "Condition": { "StringEquals": { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } }] }"""))),

        // Issue 16: DenyRecoveryPointDeletion no longer denies PutBackupVaultAccessPolicy; locking the policy is a separate, acknowledged statement.
        Bad("BKP1191 a statement that locks the policy without the acknowledgement is rejected", "BKP1191",
            () => Policy(VaultAccessPolicy.Of(VaultAccessPolicy.DenyRecoveryPointDeletion(), VaultAccessPolicy.DenyPolicyChanges(AccessPolicyLockAcknowledgement.None))),
            "Test/Vault", "AccessPolicy.Statements[1].LockAcknowledgement"),
        Bad("BKP1191 a hand-written deny of DeleteBackupVaultAccessPolicy to anyone needs the acknowledgement too", "BKP1191",
            () => Policy(VaultAccessPolicy.Of(Statement(PolicyEffect.Deny, ["backup:DeleteBackupVaultAccessPolicy"], principal: PolicyPrincipal.Anyone))),
            "Test/Vault", "AccessPolicy.Statements[0].LockAcknowledgement"),
        Good("BKP1191 an acknowledged policy lock is accepted", "BKP1191",
            () => Policy(VaultAccessPolicy.Of(VaultAccessPolicy.DenyRecoveryPointDeletion(), VaultAccessPolicy.DenyPolicyChanges(AccessPolicyLockAcknowledgement.PolicyCannotBeChangedOnceDeployed)))),
        Good("BKP1191 DenyRecoveryPointDeletion alone does not lock the policy", "BKP1191", () => Policy(VaultAccessPolicy.Of(VaultAccessPolicy.DenyRecoveryPointDeletion()))),
        Good("BKP1191 a deny of policy changes to one account is not a lock", "BKP1191",
            () => Policy(VaultAccessPolicy.Of(Statement(PolicyEffect.Deny, ["backup:PutBackupVaultAccessPolicy"], principal: PolicyPrincipal.Account(Fixture.Account))))),
        Bad("BKP1192 a raw JSON policy that denies everyone its own update is warned", "BKP1192", () => Policy(VaultAccessPolicy.FromJson(
            """{ "Version": "2012-10-17", "Statement": [{ "Effect": "Deny", "Principal": { "AWS": "*" }, "Action": ["backup:DeleteRecoveryPoint", "backup:PutBackupVaultAccessPolicy"], "Resource": "*" }] }""")),
            "Test/Vault", "AccessPolicy.Json"),
        Good("BKP1192 a raw JSON deny with a Condition that exempts a role is not warned", "BKP1192", () => Policy(VaultAccessPolicy.FromJson(
            """{ "Version": "2012-10-17", "Statement": [{ "Effect": "Deny", "Principal": "*", "Action": "backup:PutBackupVaultAccessPolicy", "Resource": "*", "Condition": { "ArnNotEquals": { "aws:PrincipalArn": "arn:aws:iam::111122223333:role/Admin" } } }] }"""))),
        Good("BKP1192 a typed policy lock is BKP1191's, not this warning", "BKP1192",
            () => Policy(VaultAccessPolicy.Of(VaultAccessPolicy.DenyPolicyChanges(AccessPolicyLockAcknowledgement.None)))),

        Bad("NOTIF-001 an empty topic ARN is rejected", "BKP1201", () => Topic(""), "Test/Vault", "Notifications.TopicArn"),
        Good("NOTIF-001 a topic ARN is accepted", "BKP1201", () => Topic(Fixture.TopicArn)),

        Bad("NOTIF-002 a missing event list is rejected", "BKP1202", () => Fixture.WithVault(new() { Notifications = new VaultNotifications { TopicArn = Fixture.TopicArn, Events = null! } }),
            "Test/Vault", "Notifications.Events"),
        Good("NOTIF-002 an event list is accepted", "BKP1202", () => Notify(BackupVaultEvent.BackupJobCompleted)),
        Bad("NOTIF-002 an empty event list is warned", "BKP1252", () => Notify(), "Test/Vault", "Notifications.Events"),
        Good("NOTIF-002 a one-event list is not empty", "BKP1252", () => Notify(BackupVaultEvent.CopyJobFailed)),

        Bad("NOTIF-003 an unknown event is rejected", "BKP1203", () => Notify(BackupVaultEvent.BackupJobCompleted, BackupVaultEvent.Of("BACKUP_JOB_FINISHED")), "Test/Vault", "Notifications.Events[1]"),
        Bad("NOTIF-003 an event in lower case is rejected", "BKP1203", () => Notify(BackupVaultEvent.Of("backup_job_completed"))),
        Good("NOTIF-003 the 24 events of BackupVaultEvent are accepted", "BKP1203", () => Notify(
            [.. new[]
            {
                "BACKUP_JOB_STARTED", "BACKUP_JOB_COMPLETED", "BACKUP_JOB_SUCCESSFUL", "BACKUP_JOB_FAILED", "BACKUP_JOB_EXPIRED",
                "RESTORE_JOB_STARTED", "RESTORE_JOB_COMPLETED", "RESTORE_JOB_SUCCESSFUL", "RESTORE_JOB_FAILED",
                "COPY_JOB_STARTED", "COPY_JOB_SUCCESSFUL", "COPY_JOB_FAILED", "RECOVERY_POINT_MODIFIED", "BACKUP_PLAN_CREATED",
                "BACKUP_PLAN_MODIFIED", "S3_BACKUP_OBJECT_FAILED", "S3_RESTORE_OBJECT_FAILED", "CONTINUOUS_BACKUP_INTERRUPTED",
                "RECOVERY_POINT_INDEX_COMPLETED", "RECOVERY_POINT_INDEX_DELETED", "RECOVERY_POINT_INDEXING_FAILED",
                "EKS_BACKUP_OBJECT_FAILED", "EKS_RESTORE_OBJECT_FAILED", "EKS_RESTORE_OBJECT_SKIPPED",
            }.Select(BackupVaultEvent.Of)])),

        Bad("NOTIF-004 the deprecated BACKUP_JOB_FAILED is warned", "BKP1204", () => Notify(BackupVaultEvent.BackupJobCompleted, BackupVaultEvent.BackupJobFailed), "Test/Vault", "Notifications.Events[1]"),
        Bad("NOTIF-004 the deprecated BACKUP_PLAN_CREATED is warned", "BKP1204", () => Notify(BackupVaultEvent.BackupPlanCreated)),
        Good("NOTIF-004 the 17 current events, the newer ones included, are accepted", "BKP1204", () => Notify(
            BackupVaultEvent.BackupJobStarted, BackupVaultEvent.BackupJobCompleted, BackupVaultEvent.CopyJobStarted, BackupVaultEvent.CopyJobSuccessful,
            BackupVaultEvent.CopyJobFailed, BackupVaultEvent.RestoreJobStarted, BackupVaultEvent.RestoreJobCompleted, BackupVaultEvent.RecoveryPointModified,
            BackupVaultEvent.S3BackupObjectFailed, BackupVaultEvent.S3RestoreObjectFailed, BackupVaultEvent.ContinuousBackupInterrupted,
            BackupVaultEvent.RecoveryPointIndexCompleted, BackupVaultEvent.RecoveryPointIndexDeleted, BackupVaultEvent.RecoveryPointIndexingFailed,
            BackupVaultEvent.EksBackupObjectFailed, BackupVaultEvent.EksRestoreObjectFailed, BackupVaultEvent.EksRestoreObjectSkipped)),

        Bad("NOTIF-005 an event listed twice is warned at the second", "BKP1205", () => Notify(BackupVaultEvent.BackupJobCompleted, BackupVaultEvent.CopyJobFailed, BackupVaultEvent.BackupJobCompleted),
            "Test/Vault", "Notifications.Events[2]"),
        Good("NOTIF-005 distinct events are accepted", "BKP1205", () => Notify(BackupVaultEvent.BackupJobCompleted, BackupVaultEvent.CopyJobFailed)),

        Bad("NOTIF-006 S3 events on a vault that receives only EBS backups are warned", "BKP1206", () => S3Events(BackupResource.EbsVolume("vol-0123456789abcdef0")),
            "Test/Vault", "Notifications.Events[1]"),
        Good("NOTIF-006 S3 events with a tag selection are accepted", "BKP1206", () => S3Events(BackupResource.FromTag("backup", "true"))),
        Good("NOTIF-006 S3 events on a vault that receives S3 backups are accepted", "BKP1206", () => S3Events(BackupResource.S3Bucket("my-bucket"))),
        Good("NOTIF-006 S3 events on a vault no plan uses are not judged", "BKP1206", () => UnusedVault(new()
        {
            Notifications = new VaultNotifications { TopicArn = Fixture.TopicArn, Events = [BackupVaultEvent.S3RestoreObjectFailed] },
        })),

        Bad("NOTIF-007 a topic in another account is warned", "BKP1207", () => Topic(OtherTopicArn), "Test/Vault", "Notifications.TopicArn"),
        Good("NOTIF-007 a topic in the vault's account is accepted", "BKP1207", () => Topic(Fixture.TopicArn)),
        Good("NOTIF-007 an unknown stack account is not judged", "BKP1207", () => Topic(OtherTopicArn, account: null)),

        Bad("NOTIF-008 a FIFO topic is warned", "BKP1208", () => Topic(Fixture.TopicArn + ".fifo"), "Test/Vault", "Notifications.TopicArn"),
        Good("NOTIF-008 a standard topic is accepted", "BKP1208", () => Topic(Fixture.TopicArn)),

        Bad("NOTIF-009 a topic name instead of an ARN is warned", "BKP1209", () => Topic("backup-events"), "Test/Vault", "Notifications.TopicArn"),
        Bad("NOTIF-009 an SQS queue ARN is warned", "BKP1209", () => Topic("arn:aws:sqs:eu-west-1:111122223333:backup-events")),
        Good("NOTIF-009 a topic ARN in the aws-cn partition is accepted", "BKP1209", () => Topic("arn:aws-cn:sns:cn-north-1:111122223333:backup-events")),
        Good("NOTIF-009 a topic ARN with deploy-time parts is not checked", "BKP1209", () => Topic($"arn:{Aws.Partition}:sns:{Aws.Region}:{Aws.AccountId}:backup-events")),
    ];
}
