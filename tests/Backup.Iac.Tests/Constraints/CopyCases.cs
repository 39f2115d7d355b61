using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

internal static class CopyCases
{
    private const string Copy0 = "Test/Plan/Rules[Daily]/CopyActions[0]";
    private const string Copy1 = "Test/Plan/Rules[Daily]/CopyActions[1]";

    /// <summary>A vault ARN; by default another Region of the same account (the quick start's disaster-recovery copy).</summary>
    private static string VaultArn(string region = Fixture.OtherRegion, string account = Fixture.Account, string name = "dr") =>
        $"arn:aws:backup:{region}:{account}:backup-vault:{name}";

    private static readonly string CrossAccount = VaultArn(Fixture.Region, Fixture.OtherAccount);
    private static readonly string CrossBoth = VaultArn(Fixture.OtherRegion, Fixture.OtherAccount);

    /// <summary>A daily rule (35 days) with the copy actions, in a plan with a tag selection (every type selectable).</summary>
    private static BackupApp Copies(params CopyAction[] copies) => Copies(BackupPlanRule.Daily(), Fixture.Region, copies);

    private static BackupApp Copies(BackupPlanRule rule, string? region, params CopyAction[] copies) =>
        Fixture.App(s => Fixture.Plan(s, s.AddVault("Vault"), rule with { CopyActions = copies }), region: region);

    /// <summary>A copy to <paramref name="arn"/> kept 35 days, from a plan with a tag selection, in <paramref name="region"/>.</summary>
    private static BackupApp CopyTo(string arn, string? region = Fixture.Region, string? account = Fixture.Account) =>
        Fixture.App(s => Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily() with { CopyActions = [To(arn)] }), account, region);

    /// <summary>A copy to <paramref name="arn"/> from a plan that selects only <paramref name="resources"/>.</summary>
    private static BackupApp CopySelecting(string arn, params BackupResource[] resources) => CopySelecting(arn, Fixture.Region, resources);

    private static BackupApp CopySelecting(string arn, string region, params BackupResource[] resources) => Fixture.App(s =>
    {
        var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = s.AddVault("Vault"), Rules = [BackupPlanRule.Daily() with { CopyActions = [To(arn)] }] });
        plan.AddSelection("Sel", new BackupSelectionOptions { Resources = resources, Role = BackupRole.FromArn(Fixture.RoleArn) });
    }, region: region);

    private static CopyAction To(string arn) => CopyAction.To(BackupVault.FromArn(arn), Duration.Days(35));

    /// <summary>Two stacks: <c>Test</c> copies into the vault <c>dr</c> of stack <c>Dr</c> (another account), whose policy is given.</summary>
    private static BackupApp CopyToOtherStack(VaultAccessPolicy? policy) => MultiStack(Fixture.OtherAccount, Fixture.Region, policy);

    private static BackupApp MultiStack(string account, string region, VaultAccessPolicy? policy = null)
    {
        var app = new BackupApp();
        var dr = app.AddStack("Dr", new BackupStackProps { Account = account, Region = region });
        var drVault = dr.AddVault("DrVault", new BackupVaultProps { BackupVaultName = "dr", AccessPolicy = policy });
        var test = app.AddStack("Test", new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region });
        Fixture.Plan(test, test.AddVault("Vault"), BackupPlanRule.Daily() with { CopyActions = [CopyAction.To(drVault, Duration.Days(35))] });
        return app;
    }

    private static BackupResource Redshift => BackupResource.FromArn($"arn:aws:redshift:{Fixture.Region}:{Fixture.Account}:cluster:warehouse");

    private static BackupResource SapHana => BackupResource.FromArn($"arn:aws:ssm-sap:{Fixture.Region}:{Fixture.Account}:HANA/app/DB/db");

    /// <summary>An <see cref="IBackupVault"/> written by a user, with whatever ARN it reports.</summary>
    private sealed record UserVault(string VaultName, string VaultArn) : IBackupVault;

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        Bad("BKP2320 a copy into the rule's own vault construct is warned", "BKP2320",
            () => Fixture.App(s =>
            {
                var vault = s.AddVault("Vault");
                Fixture.Plan(s, vault, BackupPlanRule.Daily() with { CopyActions = [CopyAction.To(vault, Duration.Days(35))] });
            }),
            "Test/Plan/Rules[Daily]/CopyActions[0]", "Destination"),
        Bad("BKP2320 a copy to the ARN of the rule's own vault is warned", "BKP2320",
            () => Fixture.App(s => Fixture.Plan(s, s.AddVault("Vault", new() { BackupVaultName = "primary" }), BackupPlanRule.Daily() with
            {
                CopyActions = [CopyAction.To(BackupVault.FromArn("arn:aws:backup:eu-west-1:111122223333:backup-vault:primary"), Duration.Days(35))],
            }))),
        Good("BKP2320 a copy to another vault of the same account and Region is accepted", "BKP2320",
            () => Fixture.App(s => Fixture.Plan(s, s.AddVault("Vault", new() { BackupVaultName = "primary" }), BackupPlanRule.Daily() with
            {
                CopyActions = [CopyAction.To(s.AddVault("Second", new() { BackupVaultName = "second" }), Duration.Days(35))],
            }))),
        // COPY-001
        Bad("COPY-001 a copy action without a destination is rejected", "BKP2301",
            () => Copies(new CopyAction { Destination = null! }), Copy0, "Destination"),
        Bad("COPY-001 a destination whose ARN is empty is rejected", "BKP2301",
            () => Copies(new CopyAction { Destination = new UserVault("dr", "") }), Copy0, "Destination"),
        Good("COPY-001 a destination vault ARN is accepted", "BKP2301", () => CopyTo(VaultArn())),
        Good("COPY-001 a destination vault construct is accepted", "BKP2301", () => MultiStack(Fixture.Account, Fixture.OtherRegion)),

        // COPY-002
        Bad("COPY-002 a vault name instead of an ARN is rejected", "BKP2302", () => CopyTo("prod-dr"), Copy0, "Destination"),
        Bad("COPY-002 a KMS key ARN is rejected", "BKP2302", () => CopyTo(Fixture.KeyArn), Copy0, "Destination"),
        Bad("COPY-002 an 11-digit account is rejected", "BKP2302", () => CopyTo(VaultArn(account: "11112222333"))),
        Bad("COPY-002 a one-character vault name is rejected", "BKP2302", () => CopyTo(VaultArn(name: "a"))),
        Bad("COPY-002 a partition other than AWS's is rejected", "BKP2302", () => CopyTo("arn:azure:backup:eu-west-1:111122223333:backup-vault:dr")),
        Bad("COPY-002 a vault name with a dot from FromName is rejected", "BKP2302",
            () => Copies(CopyAction.To(BackupVault.FromName("prod.dr"), Duration.Days(35))), Copy0, "Destination"),
        Good("COPY-002 a backup vault ARN is accepted", "BKP2302", () => CopyTo(VaultArn())),
        Good("COPY-002 a GovCloud vault ARN is accepted", "BKP2302", () => CopyTo("arn:aws-us-gov:backup:us-gov-west-1:111122223333:backup-vault:dr", "us-gov-east-1")),
        Good("COPY-002 a 50-character vault name with - and _ is accepted", "BKP2302", () => CopyTo(VaultArn(name: "d-_" + new string('r', 47)))),
        Good("COPY-002 a vault from FromName (an ARN built from tokens) is accepted", "BKP2302",
            () => Copies(CopyAction.To(BackupVault.FromName("prod-dr"), Duration.Days(35)))),
        Good("COPY-002 a vault construct is accepted", "BKP2302", () => MultiStack(Fixture.Account, Fixture.OtherRegion)),

        // COPY-003
        Bad("COPY-003 two copies to the same vault ARN are warned about", "BKP2303", () => Copies(To(VaultArn()), To(VaultArn())), Copy1, "Destination"),
        Bad("COPY-003 a copy to a vault construct and to its ARN is warned about", "BKP2303", () =>
        {
            var app = new BackupApp();
            var dr = app.AddStack("Dr", new BackupStackProps { Account = Fixture.Account, Region = Fixture.OtherRegion });
            var drVault = dr.AddVault("DrVault", new BackupVaultProps { BackupVaultName = "dr" });
            var test = app.AddStack("Test", new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region });
            Fixture.Plan(test, test.AddVault("Vault"), BackupPlanRule.Daily() with { CopyActions = [CopyAction.To(drVault, Duration.Days(35)), To(VaultArn())] });
            return app;
        }, Copy1, "Destination"),
        Good("COPY-003 copies to two different vaults are accepted", "BKP2303", () => Copies(To(VaultArn()), To(VaultArn(name: "dr2")))),

        // COPY-004
        Bad("COPY-004 a copy without DeleteAfter from a source kept 35 days is warned about", "BKP2304",
            () => Copies(CopyAction.To(BackupVault.FromArn(VaultArn()))), Copy0, "Lifecycle.DeleteAfter"),
        Good("COPY-004 a copy kept 36 days from a source kept 35 days is accepted (its own DeleteAfter governs it)", "BKP2304",
            () => Copies(CopyAction.To(BackupVault.FromArn(VaultArn()), Duration.Days(36)))),
        Good("COPY-004 short local retention (35 days) and long DR copy retention (365 days) is the usual pattern and accepted", "BKP2304",
            () => Copies(CopyAction.To(BackupVault.FromArn(VaultArn(Fixture.OtherRegion)), Duration.Days(365)))),
        Good("COPY-004 a copy kept as long as its source (35 days) is accepted", "BKP2304", () => CopyTo(VaultArn())),
        Good("COPY-004 a copy kept 30 days from a source kept 35 days is accepted", "BKP2304",
            () => Copies(CopyAction.To(BackupVault.FromArn(VaultArn()), Duration.Days(30)))),
        Good("COPY-004 a copy without DeleteAfter from a source that never expires is accepted", "BKP2304",
            () => Copies(BackupPlanRule.Daily() with { Lifecycle = null }, Fixture.Region, CopyAction.To(BackupVault.FromArn(VaultArn())))),

        // COPY-005
        Bad("COPY-005 a cross-account copy to the Default vault is warned about", "BKP2305",
            () => CopyTo(VaultArn(Fixture.Region, Fixture.OtherAccount, "Default")), Copy0, "Destination"),
        Good("COPY-005 a same-account copy to Default is not a cross-account problem", "BKP2305", () => CopyTo(VaultArn(name: "Default"))),
        Good("COPY-005 a cross-account copy to a named vault is accepted", "BKP2305", () => CopyTo(CrossAccount)),
        Good("COPY-005 a copy to Default from a stack of unknown account is not checked", "BKP2305",
            () => CopyTo(VaultArn(Fixture.Region, Fixture.OtherAccount, "Default"), account: null)),

        // COPY-006: one code per precondition. BKP2306 (error) the access policy of a destination vault of the app; the
        // preconditions outside the app are infos: BKP2356 the policy of a vault elsewhere, BKP2357 the Organization,
        // BKP2358 the management account's opt-in, BKP2359 the source's keys.
        Bad("COPY-006 a cross-account copy to a vault outside the app notes that its access policy must allow the copy", "BKP2356", () => CopyTo(CrossAccount), Copy0, "Destination"),
        Bad("COPY-006 a cross-account copy to a vault construct whose policy allows it still notes the Organization", "BKP2357",
            () => CopyToOtherStack(VaultAccessPolicy.Of(VaultAccessPolicy.AllowCopyIntoFromAccounts(Fixture.Account))), Copy0, "Destination"),
        Good("COPY-006 a cross-account copy to a vault construct whose policy allows the stack's account is accepted", "BKP2306",
            () => CopyToOtherStack(VaultAccessPolicy.Of(VaultAccessPolicy.AllowCopyIntoFromAccounts(Fixture.Account)))),
        Bad("COPY-006 a cross-account copy to a vault construct without an access policy is an error", "BKP2306",
            () => CopyToOtherStack(null), Copy0, "Destination"),
        Bad("COPY-006 a cross-account copy to a vault construct whose policy allows another account is an error", "BKP2306",
            () => CopyToOtherStack(VaultAccessPolicy.Of(VaultAccessPolicy.AllowCopyIntoFromAccounts("999988887777"))), Copy0, "Destination"),
        Good("COPY-006 a cross-account copy to a vault outside the app is not an error: its policy is unknown", "BKP2306", () => CopyTo(CrossAccount)),
        Good("COPY-006 a same-account cross-Region copy is accepted", "BKP2306", () => CopyTo(VaultArn())),
        Good("COPY-006 a copy from a stack of unknown account is not checked", "BKP2306", () => CopyTo(CrossAccount, account: null)),
        Good("COPY-006 a cross-account copy to a vault construct is not noted as outside the app", "BKP2356", () => CopyToOtherStack(null)),
        Good("COPY-006 a same-account copy needs no destination policy", "BKP2356", () => CopyTo(VaultArn())),
        Bad("COPY-006 a cross-account copy notes that both accounts must be in one Organization", "BKP2357", () => CopyTo(CrossAccount), Copy0, "Destination"),
        Good("COPY-006 a same-account copy needs no Organization", "BKP2357", () => CopyTo(VaultArn())),
        Bad("COPY-006 a cross-account copy without global settings in the app notes the management account's opt-in", "BKP2358", () => CopyTo(CrossAccount), Copy0, "Destination"),
        Good("COPY-006 with global settings in the app the opt-in is left to XR-012", "BKP2358", () => Fixture.App(s =>
        {
            Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily() with { CopyActions = [To(CrossAccount)] });
            s.AddGlobalSettings("Global", new GlobalSettingsProps { IsCrossAccountBackupEnabled = true });
        })),
        Bad("COPY-006 a cross-account copy notes that the source's customer managed keys must be shared", "BKP2359", () => CopyTo(CrossAccount), Copy0, "Destination"),
        Good("COPY-006 a copy from a stack of unknown account notes no keys", "BKP2359", () => CopyTo(CrossAccount, account: null)),

        // COPY-007
        Bad("COPY-007 a cross-account copy of a tag selection (EBS, RDS, ... possible) is warned about", "BKP2307", () => CopyTo(CrossAccount), Copy0, "Destination"),
        Bad("COPY-007 a cross-account copy of EBS volumes is warned about", "BKP2307", () => CopySelecting(CrossAccount, BackupResource.EbsVolume("*")), Copy0),
        Good("COPY-007 a cross-account copy of DynamoDB and EFS (fully managed) is accepted", "BKP2307",
            () => CopySelecting(CrossAccount, BackupResource.DynamoDbTable("orders"), BackupResource.EfsFileSystem("*"))),
        Good("COPY-007 a same-account copy of EBS volumes is accepted", "BKP2307", () => CopySelecting(VaultArn(), BackupResource.EbsVolume("*"))),

        // COPY-008
        Bad("COPY-008 a cross-Region copy with a cold transition is warned about", "BKP2308",
            () => Copies(CopyAction.To(BackupVault.FromArn(VaultArn())) with { Lifecycle = new Lifecycle { MoveToColdStorageAfter = Duration.Days(30), DeleteAfter = Duration.Days(120) } }),
            Copy0, "Lifecycle.MoveToColdStorageAfter"),
        Bad("COPY-008 a cross-account copy with a cold transition is warned about", "BKP2308",
            () => Copies(CopyAction.To(BackupVault.FromArn(CrossAccount)) with { Lifecycle = new Lifecycle { MoveToColdStorageAfter = Duration.Days(8) } })),
        Good("COPY-008 a same-Region same-account copy with a cold transition is accepted", "BKP2308",
            () => Copies(CopyAction.To(BackupVault.FromName("cold")) with { Lifecycle = new Lifecycle { MoveToColdStorageAfter = Duration.Days(30), DeleteAfter = Duration.Days(120) } })),
        Good("COPY-008 a cross-Region copy without a cold transition is accepted", "BKP2308", () => CopyTo(VaultArn())),

        // COPY-009
        Bad("COPY-009 a copy of continuous backups is noted", "BKP2309",
            () => Copies(BackupPlanRule.Continuous(Duration.Days(35)) with { RuleName = "Daily", Schedule = Schedule.Daily(5) }, Fixture.Region, To(VaultArn())), Copy0),
        Good("COPY-009 a copy of snapshot backups is not noted", "BKP2309", () => CopyTo(VaultArn())),

        // COPY-010
        Bad("COPY-010 a cross-Region and cross-account copy of RDS instances is warned about", "BKP2310",
            () => CopySelecting(CrossBoth, BackupResource.RdsInstance("orders")), Copy0, "Destination"),
        Bad("COPY-010 a cross-Region and cross-account copy of a tag selection is warned about", "BKP2360", () => CopyTo(CrossBoth), Copy0, "Destination"),
        Good("COPY-010 a cross-Region and cross-account copy of a tag selection is not an error: the types are not known", "BKP2310", () => CopyTo(CrossBoth)),
        Good("COPY-010 a copy of RDS instances named by the selection is the error, not the warning", "BKP2360",
            () => CopySelecting(CrossBoth, BackupResource.RdsInstance("orders"))),
        Good("COPY-010 a cross-Region same-account copy of a tag selection is accepted", "BKP2360", () => CopyTo(VaultArn())),
        Good("COPY-010 a cross-Region same-account copy of RDS instances is accepted", "BKP2310", () => CopySelecting(VaultArn(), BackupResource.RdsInstance("orders"))),
        Good("COPY-010 a cross-Region and cross-account copy of EFS only is accepted", "BKP2310", () => CopySelecting(CrossBoth, BackupResource.EfsFileSystem("*"))),

        // COPY-011
        Bad("COPY-011 a cross-Region copy of an RDS Multi-AZ DB cluster is warned about", "BKP2311",
            () => CopySelecting(VaultArn(), BackupResource.RdsMultiAzCluster("ledger")), Copy0, "Destination"),
        Bad("COPY-011 a cross-account copy of an RDS Multi-AZ DB cluster is warned about", "BKP2311",
            () => CopySelecting(CrossAccount, BackupResource.RdsMultiAzCluster("ledger"))),
        Good("COPY-011 a cross-Region copy of an Aurora cluster is accepted", "BKP2311", () => CopySelecting(VaultArn(), BackupResource.AuroraCluster("ledger"))),
        Good("COPY-011 a same-Region same-account copy of a Multi-AZ DB cluster is accepted", "BKP2311",
            () => CopySelecting(VaultArn(Fixture.Region), BackupResource.RdsMultiAzCluster("ledger"))),

        // COPY-012
        Bad("COPY-012 a cross-Region copy of a Redshift cluster is warned about", "BKP2312", () => CopySelecting(VaultArn(), Redshift), Copy0, "Destination"),
        Bad("COPY-012 a cross-account copy of SAP HANA is warned about", "BKP2312", () => CopySelecting(CrossAccount, SapHana), Copy0),
        Good("COPY-012 a cross-Region copy of a tag selection is accepted", "BKP2312", () => CopyTo(VaultArn())),
        Good("COPY-012 a same-Region same-account copy of a Redshift cluster is accepted", "BKP2312", () => CopySelecting(VaultArn(Fixture.Region), Redshift)),
        Good("COPY-012 a cross-Region copy of EBS and RDS is accepted", "BKP2312",
            () => CopySelecting(VaultArn(), BackupResource.EbsVolume("*"), BackupResource.RdsInstance("orders"))),

        // COPY-013
        Bad("COPY-013 a copy from China (Beijing) to eu-west-1 is warned about", "BKP2313",
            () => CopyTo(VaultArn(Fixture.Region), "cn-north-1"), Copy0, "Destination"),
        Bad("COPY-013 a copy from eu-west-1 into China (Ningxia) is warned about", "BKP2313",
            () => CopyTo("arn:aws-cn:backup:cn-northwest-1:111122223333:backup-vault:dr"), Copy0),
        Bad("COPY-013 a cross-account copy in China (Beijing) is warned about", "BKP2313",
            () => CopyTo("arn:aws-cn:backup:cn-north-1:444455556666:backup-vault:dr", "cn-north-1"), Copy0),
        Bad("COPY-013 a cross-Region copy from Calgary of a plan that can select S3 is warned about", "BKP2313",
            () => CopyTo(VaultArn("us-west-2"), "ca-west-1"), Copy0),
        Good("COPY-013 a copy from China (Beijing) to China (Ningxia) is accepted", "BKP2313",
            () => CopyTo("arn:aws-cn:backup:cn-northwest-1:111122223333:backup-vault:dr", "cn-north-1")),
        Good("COPY-013 a cross-Region copy from Calgary of EFS only is accepted", "BKP2313",
            () => CopySelecting(VaultArn("us-west-2"), "ca-west-1", BackupResource.EfsFileSystem("*"))),
        Good("COPY-013 a copy from a stack of unknown Region is not checked", "BKP2313", () => CopyTo(VaultArn("cn-north-1"), region: null)),
    ];
}
