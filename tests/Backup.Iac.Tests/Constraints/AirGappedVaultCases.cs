using Backup.Iac.Graph;
using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

internal static class AirGappedVaultCases
{
    private const string LagPath = "Test/Lag";
    private const string Daily = "Test/Plan/Rules[Daily]";
    private const string Copy0 = "Test/Plan/Rules[Daily]/CopyActions[0]";
    private const string DeleteAfter = "Lifecycle.DeleteAfter";

    /// <summary>A logically air-gapped vault kept 7 to 35 days, with <paramref name="with"/> applied.</summary>
    private static LogicallyAirGappedBackupVaultProps Props(Func<LogicallyAirGappedBackupVaultProps, LogicallyAirGappedBackupVaultProps>? with = null)
    {
        var props = new LogicallyAirGappedBackupVaultProps { MinRetention = Duration.Days(7), MaxRetention = Duration.Days(35) };
        return with is null ? props : with(props);
    }

    /// <summary>A stack with only the logically air-gapped vault <c>Lag</c>.</summary>
    private static BackupApp Lag(LogicallyAirGappedBackupVaultProps props) => Fixture.App(s => s.AddLogicallyAirGappedVault("Lag", props));

    /// <summary>
    /// A daily plan (tag selection) into the standard vault <c>Vault</c> (<paramref name="source"/>) whose rule
    /// <paramref name="rule"/> (default: daily, 35 days) copies into the air-gapped vault <c>Lag</c> (default bounds 7 to 35
    /// days) with <paramref name="copyRetention"/>.
    /// </summary>
    private static BackupApp CopyToLag(
        Duration? copyRetention = null,
        BackupPlanRule? rule = null,
        LogicallyAirGappedBackupVaultProps? lag = null,
        BackupVaultProps? source = null,
        params BackupResource[] resources) => Fixture.App(s =>
    {
        var lagVault = s.AddLogicallyAirGappedVault("Lag", lag ?? Props());
        var vault = s.AddVault("Vault", source ?? new BackupVaultProps());
        var plan = s.AddPlan("Plan", new BackupPlanProps
        {
            Vault = vault,
            Rules = [(rule ?? BackupPlanRule.Daily()) with { RuleName = "Daily", CopyActions = [CopyAction.To(lagVault, copyRetention)] }],
        });
        plan.AddSelection("Sel", new BackupSelectionOptions
        {
            Resources = resources.Length == 0 ? [BackupResource.FromTag("backup", "true")] : resources,
            Role = BackupRole.FromArn(Fixture.RoleArn),
        });
    });

    /// <summary>A plan whose rule <paramref name="rule"/> (named Daily) backs up into the vault <c>Vault</c> locked by <paramref name="vaultLock"/>.</summary>
    private static BackupApp IntoLocked(VaultLock vaultLock, BackupPlanRule rule) =>
        Fixture.App(s => Fixture.Plan(s, s.AddVault("Vault", new() { Lock = vaultLock }), rule with { RuleName = "Daily" }));

    /// <summary>A daily rule into <c>Vault</c> that also backs up into the air-gapped vault <c>Lag</c> (7 to 35 days).</summary>
    private static BackupApp DirectToLag(BackupPlanRule rule) => Fixture.App(s =>
    {
        var lag = s.AddLogicallyAirGappedVault("Lag", Props());
        Fixture.Plan(s, s.AddVault("Vault"), rule with { RuleName = "Daily", LogicallyAirGappedVault = lag });
    });

    /// <summary>A daily rule (35 days) into <c>Vault</c> copying into the standard vault <c>Locked</c> locked by <paramref name="vaultLock"/>.</summary>
    private static BackupApp CopyToLocked(VaultLock vaultLock, Duration? copyRetention, BackupPlanRule? rule = null) => Fixture.App(s =>
    {
        var locked = s.AddVault("Locked", new() { Lock = vaultLock });
        Fixture.Plan(s, s.AddVault("Vault"), (rule ?? BackupPlanRule.Daily()) with { RuleName = "Daily", CopyActions = [CopyAction.To(locked, copyRetention)] });
    });

    private static VaultLock Governance(int min, int? max = null) =>
        VaultLock.Governance(Duration.Days(min), max is { } m ? Duration.Days(m) : null);

    private static readonly BackupPlanRule NeverExpires = BackupPlanRule.Daily() with { Lifecycle = null };

    private static BackupPlanRule Keep(int days) => BackupPlanRule.Daily() with { Lifecycle = Lifecycle.Retain(Duration.Days(days)) };

    private static PolicyStatement Allow(params string[] actions) => new()
    {
        Effect = PolicyEffect.Allow,
        Principals = [PolicyPrincipal.Account(Fixture.Account)],
        Actions = actions,
    };

    private static VaultNotifications Notify(params BackupVaultEvent[] events) => new() { TopicArn = Fixture.TopicArn, Events = events };

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        // LAG-001: name pattern and uniqueness.
        Bad("LAG-001 a name with a dot is rejected", "BKP1401", () => Lag(Props(p => p with { BackupVaultName = "lag.vault" })), LagPath, "BackupVaultName"),
        Bad("LAG-001 a one-character name is rejected", "BKP1401", () => Lag(Props(p => p with { BackupVaultName = "a" })), LagPath, "BackupVaultName"),
        Bad("LAG-001 an empty name is rejected", "BKP1401", () => Lag(Props(p => p with { BackupVaultName = "" })), LagPath, "BackupVaultName"),
        Bad("LAG-001 two air-gapped vaults with one name in a stack are rejected", "BKP1401", () => Fixture.App(s =>
        {
            s.AddLogicallyAirGappedVault("Lag", Props(p => p with { BackupVaultName = "lag-vault" }));
            s.AddLogicallyAirGappedVault("Lag2", Props(p => p with { BackupVaultName = "lag-vault" }));
        }), "Test/Lag2", "BackupVaultName"),
        Good("LAG-001 a 2-character name is accepted", "BKP1401", () => Lag(Props(p => p with { BackupVaultName = "ab" }))),
        Good("LAG-001 a generated name is accepted", "BKP1401", () => Lag(Props())),
        Good("LAG-001 a name from a token is not checked", "BKP1401", () => Lag(Props(p => p with { BackupVaultName = new StackParameter("LagName").Value + ".lag" }))),
        Good("LAG-001 names differing in case are distinct", "BKP1401", () => Fixture.App(s =>
        {
            s.AddLogicallyAirGappedVault("Lag", Props(p => p with { BackupVaultName = "Lag-vault" }));
            s.AddLogicallyAirGappedVault("Lag2", Props(p => p with { BackupVaultName = "lag-vault" }));
        })),
        Good("LAG-001 one name in two Regions is accepted", "BKP1401", () =>
        {
            var app = new BackupApp();
            app.AddStack("A", new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region })
                .AddLogicallyAirGappedVault("Lag", Props(p => p with { BackupVaultName = "lag-vault" }));
            app.AddStack("B", new BackupStackProps { Account = Fixture.Account, Region = Fixture.OtherRegion })
                .AddLogicallyAirGappedVault("Lag", Props(p => p with { BackupVaultName = "lag-vault" }));
            return app;
        }),
        Bad("LAG-001 an air-gapped vault named like a standard vault of the stack is warned", "BKP1451", () => Fixture.App(s =>
        {
            s.AddVault("Vault", new() { BackupVaultName = "shared-name" });
            s.AddLogicallyAirGappedVault("Lag", Props(p => p with { BackupVaultName = "shared-name" }));
        }), LagPath, "BackupVaultName"),
        Good("LAG-001 an air-gapped vault named like a standard vault in another Region is accepted", "BKP1451", () =>
        {
            var app = new BackupApp();
            app.AddStack("A", new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region }).AddVault("Vault", new() { BackupVaultName = "shared-name" });
            app.AddStack("B", new BackupStackProps { Account = Fixture.Account, Region = Fixture.OtherRegion })
                .AddLogicallyAirGappedVault("Lag", Props(p => p with { BackupVaultName = "shared-name" }));
            return app;
        }),

        // LAG-002 to LAG-004: retention bounds.
        Bad("LAG-002 MinRetention of 6 days is rejected", "BKP1402", () => Lag(Props(p => p with { MinRetention = Duration.Days(6) })), LagPath, "MinRetention"),
        Good("LAG-002 MinRetention of 7 days is accepted", "BKP1402", () => Lag(Props())),
        Bad("LAG-003 MaxRetention of 36,501 days is rejected", "BKP1403", () => Lag(Props(p => p with { MaxRetention = Duration.Days(36_501) })), LagPath, "MaxRetention"),
        Bad("LAG-003 MaxRetention of 0 days is rejected", "BKP1403", () => Lag(Props(p => p with { MaxRetention = Duration.Days(0) })), LagPath, "MaxRetention"),
        Good("LAG-003 MaxRetention of 36,500 days is accepted", "BKP1403", () => Lag(Props(p => p with { MaxRetention = Duration.Days(36_500) }))),
        Bad("LAG-004 MinRetention above MaxRetention is rejected", "BKP1404",
            () => Lag(Props(p => p with { MinRetention = Duration.Days(40), MaxRetention = Duration.Days(35) })), LagPath, "MinRetention"),
        Good("LAG-004 MinRetention equal to MaxRetention is accepted", "BKP1404",
            () => Lag(Props(p => p with { MinRetention = Duration.Days(35), MaxRetention = Duration.Days(35) }))),
        Bad("BKP9001 an air-gapped MinRetention of 200 hours is rejected", "BKP9001",
            () => Lag(Props(p => p with { MinRetention = Duration.Hours(200) })), LagPath, "MinRetention"),
        Good("BKP9001 air-gapped bounds in whole days are accepted", "BKP9001", () => Lag(Props())),

        // LAG-005 (information) and LAG-014 (Destroy).
        Bad("LAG-005 an air-gapped vault is told its name, bounds and key are fixed", "BKP1405", () => Lag(Props()), LagPath),
        Good("LAG-005 a standard vault gets no air-gapped notice", "BKP1405", () => Fixture.WithVault(new())),
        Bad("LAG-014 RemovalPolicy Destroy on an air-gapped vault is warned", "BKP1414",
            () => Lag(Props(p => p with { RemovalPolicy = RemovalPolicy.Destroy })), LagPath, "RemovalPolicy"),
        Good("LAG-014 the default RemovalPolicy Retain is accepted", "BKP1414", () => Lag(Props())),

        // LAG-006: the key.
        Bad("LAG-006 a key alias is warned", "BKP1406", () => Lag(Props(p => p with { EncryptionKeyArn = "alias/lag-key" })), LagPath, "EncryptionKeyArn"),
        Bad("LAG-006 the AWS managed aws/backup alias is warned", "BKP1406",
            () => Lag(Props(p => p with { EncryptionKeyArn = "arn:aws:kms:eu-west-1:111122223333:alias/aws/backup" })), LagPath, "EncryptionKeyArn"),
        Good("LAG-006 a KMS key ARN is accepted", "BKP1406", () => Lag(Props(p => p with { EncryptionKeyArn = Fixture.KeyArn }))),
        Good("LAG-006 a key from a parameter is not checked", "BKP1406", () => Lag(Props(p => p with { EncryptionKeyArn = new StackParameter("LagKey").Value }))),
        Good("LAG-006 no key (an AWS owned key) is accepted", "BKP1406", () => Lag(Props())),

        // LAG-008: an air-gapped vault as a rule's Vault.
        Bad("LAG-008 an air-gapped vault as the rule's Vault is warned", "BKP1408",
            () => Fixture.App(s => Fixture.Plan(s, s.AddLogicallyAirGappedVault("Lag", Props()), BackupPlanRule.Daily())), Daily, "Vault"),
        Bad("LAG-008 an air-gapped vault of the app named as the rule's Vault is warned", "BKP1408", () => Fixture.App(s =>
        {
            s.AddLogicallyAirGappedVault("Lag", Props(p => p with { BackupVaultName = "lag-vault" }));
            Fixture.Plan(s, BackupVault.FromName("lag-vault"), BackupPlanRule.Daily());
        }), Daily, "Vault"),
        Good("LAG-008 an air-gapped vault as LogicallyAirGappedVault is accepted", "BKP1408", () => DirectToLag(BackupPlanRule.Daily())),
        Good("LAG-008 a standard vault named like nothing in the app is not judged", "BKP1408",
            () => Fixture.App(s => Fixture.Plan(s, BackupVault.FromName("elsewhere"), BackupPlanRule.Daily()))),

        // LAG-009: copy retention within the air-gapped vault's bounds (XR-005 for locked standard vaults).
        Bad("LAG-009 a copy kept 90 days into a vault of at most 35 days is warned", "BKP1409", () => CopyToLag(Duration.Days(90), rule: Keep(90)), Copy0, DeleteAfter),
        Bad("LAG-009 a copy kept 3 days into a vault of at least 7 days is warned", "BKP1409", () => CopyToLag(Duration.Days(3)), Copy0, DeleteAfter),
        Bad("LAG-009 a copy that keeps the rule's 90 days is warned", "BKP1409", () => CopyToLag(rule: Keep(90)), Copy0, DeleteAfter),
        Bad("LAG-009 a copy that never expires is warned", "BKP1409", () => CopyToLag(rule: NeverExpires), Copy0, DeleteAfter),
        Good("LAG-009 a copy kept 30 days from a source kept 5 days is accepted (its own DeleteAfter governs it, OQ-018)", "BKP1409", () => CopyToLag(Duration.Days(30), rule: Keep(5))),
        Good("LAG-009 a copy that keeps the rule's 35 days is accepted", "BKP1409", () => CopyToLag()),
        Good("LAG-009 a copy kept 30 days from a rule kept a year is accepted", "BKP1409", () => CopyToLag(Duration.Days(30), rule: Keep(365))),
        Good("LAG-009 a copy kept 7 days is accepted", "BKP1409", () => CopyToLag(Duration.Days(7))),
        Good("LAG-009 a copy to a vault outside the app is not judged", "BKP1409", () => Fixture.App(s => Fixture.Plan(s, s.AddVault("Vault"),
            NeverExpires with { CopyActions = [CopyAction.To(BackupVault.FromArn("arn:aws:backup:eu-west-1:111122223333:backup-vault:lag-vault"))] }))),

        // LAG-011 (XR-023): the source vault's key.
        Bad("LAG-011 a copy into an air-gapped vault from a vault with the AWS managed key is warned", "BKP1411", () => CopyToLag(), Copy0, "Destination"),
        Bad("LAG-011 a source vault keyed with the aws/backup alias is warned", "BKP1411",
            () => CopyToLag(source: new() { EncryptionKeyArn = "arn:aws:kms:eu-west-1:111122223333:alias/aws/backup" }), Copy0, "Destination"),
        Good("LAG-011 a source vault with a customer managed key is accepted", "BKP1411", () => CopyToLag(source: new() { EncryptionKeyArn = Fixture.KeyArn })),
        Good("LAG-011 a source key from a parameter is not judged", "BKP1411",
            () => CopyToLag(source: new() { EncryptionKeyArn = new StackParameter("SourceKey").Value })),
        Good("LAG-011 a plan that selects only EBS volumes does not depend on the vault key", "BKP1411",
            () => CopyToLag(resources: [BackupResource.EbsVolume("vol-0123456789abcdef0")])),

        // LAG-015: the vault rules on tags, access policy and notifications.
        Bad("LAG-015 a tag key with the aws: prefix is rejected", "BKP1415",
            () => Lag(Props(p => p with { Tags = new Dictionary<string, string> { ["aws:owner"] = "x" } })), LagPath, "Tags[aws:owner]"),
        Bad("LAG-015 a wildcard action in the access policy is rejected", "BKP1415",
            () => Lag(Props(p => p with { AccessPolicy = VaultAccessPolicy.Of(Allow("backup:*")) })), LagPath, "AccessPolicy.Statements[0].Actions[0]"),
        Bad("LAG-015 a wildcard action in a grant (vault.Grant, as the AWS CDK's vault.grant) is rejected", "BKP1415",
            () => Fixture.App(s => s.AddLogicallyAirGappedVault("Lag", Props()).Grant(PolicyPrincipal.FromArn(Fixture.RoleArn), "backup:*")), LagPath, "Grants[0].Actions[0]"),
        Good("LAG-015 a grant of explicit actions is accepted", "BKP1415",
            () => Fixture.App(s => s.AddLogicallyAirGappedVault("Lag", Props()).Grant(PolicyPrincipal.FromArn(Fixture.RoleArn), "backup:DescribeBackupVault", "backup:StartRestoreJob"))),
        Bad("LAG-015 notifications without a topic are rejected", "BKP1415",
            () => Lag(Props(p => p with { Notifications = new() { TopicArn = "", Events = [BackupVaultEvent.CopyJobFailed] } })), LagPath, "Notifications.TopicArn"),
        Good("LAG-015 valid tags, policy and notifications are accepted", "BKP1415", () => Lag(Props(p => p with
        {
            Tags = new Dictionary<string, string> { ["owner"] = "backup-team" },
            AccessPolicy = VaultAccessPolicy.Of(VaultAccessPolicy.DenyRecoveryPointDeletion()),
            Notifications = Notify(BackupVaultEvent.CopyJobSuccessful, BackupVaultEvent.CopyJobFailed),
        }))),
        Good("VAULT-010 a bad tag on an air-gapped vault is reported under LAG-015, not here", "BKP1010",
            () => Lag(Props(p => p with { Tags = new Dictionary<string, string> { ["aws:owner"] = "x" } }))),
        Bad("LAG-015 a deprecated event is warned", "BKP1465",
            () => Lag(Props(p => p with { Notifications = Notify(BackupVaultEvent.BackupJobFailed) })), LagPath, "Notifications.Events[0]"),
        Bad("LAG-015 a policy without Version is warned", "BKP1465", () => Lag(Props(p => p with
        {
            AccessPolicy = VaultAccessPolicy.FromJson("""{"Statement":[{"Effect":"Deny","Principal":"*","Action":"backup:DeleteRecoveryPoint","Resource":"*"}]}"""),
        })), LagPath, "AccessPolicy.Json"),
        Bad("LAG-015 S3 events on a vault that receives no S3 backups are warned", "BKP1465", () => CopyToLag(
            lag: Props(p => p with { Notifications = Notify(BackupVaultEvent.CopyJobFailed, BackupVaultEvent.S3BackupObjectFailed) }),
            source: new() { EncryptionKeyArn = Fixture.KeyArn },
            resources: [BackupResource.EbsVolume("vol-0123456789abcdef0")]), LagPath, "Notifications.Events[1]"),
        Good("LAG-015 current events are accepted", "BKP1465", () => Lag(Props(p => p with { Notifications = Notify(BackupVaultEvent.CopyJobFailed) }))),
        Good("LAG-015 S3 events on a vault that receives S3 copies are accepted", "BKP1465", () => CopyToLag(
            lag: Props(p => p with { Notifications = Notify(BackupVaultEvent.CopyJobFailed, BackupVaultEvent.S3BackupObjectFailed) }),
            source: new() { EncryptionKeyArn = Fixture.KeyArn })),

        // XR-003 and XR-004: a rule's retention against the bounds of the vaults it backs up into.
        Bad("XR-003 a rule kept 35 days into a vault locked for at least 90 days is warned", "BKP7003",
            () => IntoLocked(Governance(90), BackupPlanRule.Daily()), Daily, DeleteAfter),
        Bad("XR-003 a rule kept 400 days into a vault locked for at most 365 days is warned", "BKP7003",
            () => IntoLocked(Governance(1, 365), Keep(400)), Daily, DeleteAfter),
        Bad("XR-003 a rule that never expires into a vault with a maximum is warned", "BKP7003",
            () => IntoLocked(Governance(1, 365), NeverExpires), Daily, DeleteAfter),
        Bad("XR-003 a rule kept 90 days into an air-gapped vault of at most 35 days is warned", "BKP7003",
            () => DirectToLag(Keep(90)), Daily, DeleteAfter),
        Good("XR-003 a rule kept 90 days into a vault locked for 90 to 365 days is accepted", "BKP7003", () => IntoLocked(Governance(90, 365), Keep(90))),
        Good("XR-003 a rule that never expires into a vault with only a minimum is accepted", "BKP7003", () => IntoLocked(Governance(90), NeverExpires)),
        Good("XR-003 a rule kept 35 days into an air-gapped vault of 7 to 35 days is accepted", "BKP7003", () => DirectToLag(BackupPlanRule.Daily())),
        Good("XR-003 a continuous rule into a vault locked for at least 60 days is XR-004's", "BKP7003",
            () => IntoLocked(Governance(60), BackupPlanRule.Continuous(Duration.Days(35)))),
        Bad("XR-004 a continuous rule into a vault locked for at least 60 days is warned", "BKP7004",
            () => IntoLocked(Governance(60), BackupPlanRule.Continuous(Duration.Days(35))), Daily, "EnableContinuousBackup"),
        Good("XR-004 a continuous rule into a vault locked for at least 35 days is accepted", "BKP7004",
            () => IntoLocked(Governance(35), BackupPlanRule.Continuous(Duration.Days(35)))),

        // XR-005: a copy's retention against a locked destination vault.
        Bad("XR-005 a copy kept 30 days into a vault locked for at least 90 days is warned", "BKP7005",
            () => CopyToLocked(Governance(90), Duration.Days(30)), Copy0, DeleteAfter),
        Bad("XR-005 a copy that never expires into a vault with a maximum is warned", "BKP7005",
            () => CopyToLocked(Governance(1, 365), null, NeverExpires), Copy0, DeleteAfter),
        Good("XR-005 a copy kept 90 days into a vault locked for at least 90 days is accepted", "BKP7005",
            () => CopyToLocked(Governance(90), Duration.Days(90), Keep(90))),
        Good("XR-005 a copy into an air-gapped vault is LAG-009's", "BKP7005", () => CopyToLag(Duration.Days(90), rule: Keep(90))),

        // XR-017: a locked vault that the stack would delete.
        Bad("XR-017 a locked vault with RemovalPolicy Destroy is warned", "BKP7017",
            () => Fixture.WithVault(new() { Lock = Governance(7), RemovalPolicy = RemovalPolicy.Destroy }), "Test/Vault", "RemovalPolicy"),
        Good("XR-017 a locked vault with the default RemovalPolicy Retain is accepted", "BKP7017", () => Fixture.WithVault(new() { Lock = Governance(7) })),
        Good("XR-017 an unlocked vault with RemovalPolicy Destroy is VAULT-011's", "BKP7017",
            () => Fixture.WithVault(new() { RemovalPolicy = RemovalPolicy.Destroy })),
    ];
}
