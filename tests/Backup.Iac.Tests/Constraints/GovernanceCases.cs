using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

/// <summary>Legal holds (governance catalog LH rows) and tiering configurations (tool rules).</summary>
internal static class GovernanceCases
{
    private static readonly DateTimeOffset January = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset March = new(2026, 3, 31, 0, 0, 0, TimeSpan.Zero);

    private static LegalHoldProps ValidHold => new() { Title = "Case 42", Description = "Audit period.", VaultNames = ["primary"] };

    private static BackupApp Hold(Func<LegalHoldProps, LegalHoldProps> change) => Fixture.App(s =>
    {
        Fixture.Plan(s, s.AddVault("Vault", new() { BackupVaultName = "primary" }), BackupPlanRule.Daily());
        s.AddLegalHold("Hold", change(ValidHold));
    });

    /// <summary>A stack with the vaults 'primary' and 'archive', the rule <paramref name="rule"/> into 'primary', and a hold on <paramref name="vaults"/>.</summary>
    private static BackupApp HoldOn(BackupPlanRule rule, Func<LegalHoldProps, LegalHoldProps>? change = null, params string[] vaults) => Fixture.App(s =>
    {
        s.AddVault("Archive", new() { BackupVaultName = "archive" });
        Fixture.Plan(s, s.AddVault("Vault", new() { BackupVaultName = "primary" }), rule);
        s.AddLegalHold("Hold", (change ?? (h => h))(ValidHold with { VaultNames = vaults.Length == 0 ? ["primary"] : vaults }));
    });

    /// <summary><paramref name="count"/> legal holds (<c>Hold0</c>, ...) in the stack <c>Test</c>, and <paramref name="elsewhere"/> more in a stack of another Region and the given account.</summary>
    private static BackupApp Holds(int count, int elsewhere = 0, string account = Fixture.Account)
    {
        var app = Fixture.App(s =>
        {
            for (var i = 0; i < count; i++)
            {
                s.AddLegalHold($"Hold{i}", ValidHold with { FromDate = January, ToDate = March });
            }
        });
        var other = app.AddStack("Other", new BackupStackProps { Account = account, Region = Fixture.OtherRegion });
        for (var i = 0; i < elsewhere; i++)
        {
            other.AddLegalHold($"Hold{i}", ValidHold with { FromDate = January, ToDate = March });
        }

        return app;
    }

    private static BackupApp HoldChanged(Func<LegalHoldProps, LegalHoldProps> change) => Fixture.App(s => s.AddLegalHold("Hold", change(ValidHold with { FromDate = January, ToDate = March })));

    private static readonly DateTimeOffset Future = new(2999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static BackupPlanRule CopyTo(string arn) => BackupPlanRule.Daily() with { CopyActions = [CopyAction.To(BackupVault.FromArn(arn), Duration.Days(35))] };

    private static BackupApp Tiering(Func<TieringConfigurationProps, TieringConfigurationProps> change, string id = "Tiering") => Fixture.App(s =>
    {
        var vault = s.AddVault("Vault", new() { BackupVaultName = "primary" });
        Fixture.Plan(s, vault, BackupPlanRule.Daily());
        s.AddTieringConfiguration(id, change(new TieringConfigurationProps
        {
            Vault = vault,
            ResourceSelection = [new TieringResourceSelection { Resources = ["*"], TieringDownAfter = Duration.Days(60) }],
        }));
    });

    private static TieringResourceSelection Selection(int days = 60, string type = "S3", params string[] resources) =>
        new() { ResourceType = type, Resources = resources.Length == 0 ? ["*"] : resources, TieringDownAfter = Duration.Days(days) };

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        Bad("LH-001 a legal hold without a title is rejected", "BKP4501", () => Hold(h => h with { Title = " " }), "Test/Hold", "Title"),
        Good("LH-001 a legal hold with a title is accepted", "BKP4501", () => Hold(h => h)),
        Bad("LH-002 a legal hold without a description is rejected", "BKP4502", () => Hold(h => h with { Description = "" }), "Test/Hold", "Description"),
        Good("LH-002 a legal hold with a description is accepted", "BKP4502", () => Hold(h => h)),
        Bad("LH-002 a description of 281 characters is warned", "BKP4552", () => Hold(h => h with { Description = new string('d', 281) })),
        Good("LH-002 a description of 280 characters is accepted", "BKP4552", () => Hold(h => h with { Description = new string('d', 280) })),
        Bad("LH-003 a legal hold that selects nothing is rejected", "BKP4503", () => Hold(h => h with { VaultNames = [] }), "Test/Hold", "VaultNames"),
        Good("LH-003 a legal hold with only a date range is accepted", "BKP4503", () => Hold(h => h with { VaultNames = [], FromDate = January, ToDate = March })),
        Bad("LH-004 a date range without its end is rejected", "BKP4504", () => Hold(h => h with { FromDate = January }), "Test/Hold", "FromDate"),
        Bad("LH-004 a date range that ends before it starts is rejected", "BKP4504", () => Hold(h => h with { FromDate = March, ToDate = January })),
        Good("LH-004 a date range of one instant is accepted", "BKP4504", () => Hold(h => h with { FromDate = January, ToDate = January })),
        Bad("LH-004 a ToDate in the future is rejected", "BKP4504", () => Hold(h => h with { FromDate = January, ToDate = Future }), "Test/Hold", "ToDate"),
        Bad("LH-004 a FromDate in the future is rejected", "BKP4504", () => Hold(h => h with { FromDate = Future, ToDate = Future }), "Test/Hold", "FromDate"),
        Good("LH-004 a date range in the past is accepted", "BKP4504", () => Hold(h => h with { FromDate = January, ToDate = March })),
        Bad("LH-005 51 legal holds in an account are rejected", "BKP4505", () => Holds(51), "Test/Hold50"),
        Bad("LH-005 legal holds of one account in two Regions count together", "BKP4505", () => Holds(26, elsewhere: 25), "Other/Hold24"),
        Good("LH-005 50 legal holds in an account are accepted", "BKP4505", () => Holds(50)),
        Good("LH-005 legal holds of two accounts count apart", "BKP4505", () => Holds(50, elsewhere: 1, account: Fixture.OtherAccount)),
        Bad("LH-006 a tag with a character outside the set is rejected", "BKP4506", () => Hold(h => h with { Tags = new Dictionary<string, string> { ["case"] = "#42" } }), "Test/Hold", "Tags"),
        Bad("LH-006 51 tags are rejected", "BKP4506", () => Hold(h => h with { Tags = Enumerable.Range(0, 51).ToDictionary(i => "k" + i, i => "v") })),
        Good("LH-006 50 tags with allowed characters are accepted", "BKP4506", () => Hold(h => h with { Tags = Enumerable.Range(0, 50).ToDictionary(i => "k" + i, i => "v: 1/2 +x") })),
        Bad("LH-007 a hold without a date range on a vault that a rule backs up into is warned", "BKP4507",
            () => HoldOn(BackupPlanRule.Daily()), "Test/Hold", "VaultNames[0]"),
        Bad("LH-007 a hold on a vault that a rule copies into is warned", "BKP4507",
            () => HoldOn(BackupPlanRule.Daily() with { CopyActions = [CopyAction.To(BackupVault.FromName("archive"), Duration.Days(35))] }, vaults: "archive"),
            "Test/Hold", "VaultNames[0]"),
        Bad("LH-007 a hold in another stack of the same account and Region is warned", "BKP4507", () =>
        {
            var app = Fixture.App(s => Fixture.Plan(s, s.AddVault("Vault", new() { BackupVaultName = "primary" }), BackupPlanRule.Daily()));
            app.AddStack("Legal", new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region }).AddLegalHold("Hold", ValidHold);
            return app;
        }, "Legal/Hold", "VaultNames[0]"),
        Good("LH-007 a hold with a date range is accepted", "BKP4507", () => HoldOn(BackupPlanRule.Daily(), h => h with { FromDate = January, ToDate = March })),
        Good("LH-007 a hold on a vault that no rule writes into is accepted", "BKP4507", () => HoldOn(BackupPlanRule.Daily(), vaults: "archive")),
        Good("LH-007 a hold on a vault outside the app is not judged", "BKP4507", () => HoldOn(BackupPlanRule.Daily(), vaults: "elsewhere")),
        Good("LH-007 a hold on a vault of the same name in another Region is not judged", "BKP4507", () =>
        {
            var app = Fixture.App(s => Fixture.Plan(s, s.AddVault("Vault", new() { BackupVaultName = "primary" }), BackupPlanRule.Daily()));
            app.AddStack("Legal", new BackupStackProps { Account = Fixture.Account, Region = Fixture.OtherRegion }).AddLegalHold("Hold", ValidHold);
            return app;
        }),
        Good("LH-007 a vault name from a token is not judged", "BKP4507", () => HoldOn(BackupPlanRule.Daily(), vaults: new StackParameter("HeldVault").Value)),
        Bad("LH-008 a hold on a vault of continuous backups is warned", "BKP4508",
            () => HoldOn(BackupPlanRule.Continuous(Duration.Days(35)), h => h with { FromDate = January, ToDate = March }), "Test/Hold", "VaultNames[0]"),
        Bad("LH-008 a hold on a vault copied to another Region is warned", "BKP4508",
            () => HoldOn(CopyTo("arn:aws:backup:eu-central-1:111122223333:backup-vault:dr")), "Test/Hold", "VaultNames[0]"),
        Bad("LH-008 a hold on a vault copied to another account is warned", "BKP4508",
            () => HoldOn(CopyTo("arn:aws:backup:eu-west-1:444455556666:backup-vault:dr")), "Test/Hold", "VaultNames[0]"),
        Good("LH-008 a hold on a vault of snapshots copied within the account and Region is accepted", "BKP4508",
            () => HoldOn(CopyTo("arn:aws:backup:eu-west-1:111122223333:backup-vault:dr"))),
        Good("LH-008 a copy to a vault ARN with the stack's own Region and account is accepted", "BKP4508",
            () => HoldOn(CopyTo($"arn:aws:backup:{Aws.Region}:{Aws.AccountId}:backup-vault:dr"))),
        Good("LH-008 a hold on the vault the copies go to is accepted", "BKP4508",
            () => HoldOn(CopyTo("arn:aws:backup:eu-west-1:111122223333:backup-vault:archive"), vaults: "archive")),
        Bad("LH-009 a legal hold that the stack may delete is warned", "BKP4509", () => Hold(h => h with { RemovalPolicy = Graph.RemovalPolicy.Destroy }), "Test/Hold", "RemovalPolicy"),
        Good("LH-009 a retained legal hold is accepted", "BKP4509", () => Hold(h => h)),
        BadChange("LH-009 a new title replaces the hold", "BKP4559", () => HoldChanged(h => h), () => HoldChanged(h => h with { Title = "Case 43" }), "Test/Hold", "Title"),
        BadChange("LH-009 a new date range replaces the hold", "BKP4559",
            () => HoldChanged(h => h), () => HoldChanged(h => h with { ToDate = March.AddDays(1) }), "Test/Hold", "RecoveryPointSelection"),
        BadChange("LH-009 a new vault on a hold the stack may delete replaces and releases it", "BKP4559",
            () => HoldChanged(h => h with { RemovalPolicy = Graph.RemovalPolicy.Destroy }),
            () => HoldChanged(h => h with { RemovalPolicy = Graph.RemovalPolicy.Destroy, VaultNames = ["primary", "archive"] }), "Test/Hold", "RecoveryPointSelection"),
        GoodChange("LH-009 new tags do not replace the hold", "BKP4559",
            () => HoldChanged(h => h), () => HoldChanged(h => h with { Tags = new Dictionary<string, string> { ["case"] = "42" } })),
        GoodChange("LH-009 an unchanged hold is not replaced", "BKP4559", () => HoldChanged(h => h), () => HoldChanged(h => h)),

        Bad("BKP1501 a tiering name from a construct ID with a hyphen is rejected", "BKP1501", () => Tiering(t => t, id: "s3-tiering"), "Test/s3-tiering", "TieringConfigurationName"),
        Good("BKP1501 a 200-character tiering name is accepted", "BKP1501", () => Tiering(t => t with { TieringConfigurationName = new string('t', 200) })),
        Bad("BKP1502 a tiering configuration without a vault is rejected", "BKP1502", () => Tiering(t => t with { Vault = null! }), "Test/Tiering", "Vault"),
        Good("BKP1502 a tiering configuration of a vault by name is accepted", "BKP1502", () => Tiering(t => t with { Vault = BackupVault.FromName("primary") })),
        Bad("BKP1503 six selections are rejected", "BKP1503", () => Tiering(t => t with { ResourceSelection = [.. Enumerable.Repeat(Selection(), 6)] })),
        Bad("BKP1503 no selection is rejected", "BKP1503", () => Tiering(t => t with { ResourceSelection = [] })),
        Good("BKP1503 five selections are accepted", "BKP1503", () => Tiering(t => t with { ResourceSelection = [.. Enumerable.Repeat(Selection(), 5)] })),
        Bad("BKP1504 tiering down after 59 days is rejected", "BKP1504", () => Tiering(t => t with { ResourceSelection = [Selection(59)] }), "Test/Tiering", "ResourceSelection[0].TieringDownAfter"),
        Good("BKP1504 tiering down after 36500 days is accepted", "BKP1504", () => Tiering(t => t with { ResourceSelection = [Selection(36_500)] })),
        Bad("BKP1505 tiering EBS backups is rejected", "BKP1505", () => Tiering(t => t with { ResourceSelection = [Selection(type: "EBS")] })),
        Good("BKP1505 tiering S3 backups is accepted", "BKP1505", () => Tiering(t => t)),
        Bad("BKP1506 101 resources are rejected", "BKP1506",
            () => Tiering(t => t with { ResourceSelection = [Selection(60, "S3", [.. Enumerable.Range(0, 101).Select(i => $"arn:aws:s3:::bucket-{i}")])] })),
        Good("BKP1506 100 resources are accepted", "BKP1506",
            () => Tiering(t => t with { ResourceSelection = [Selection(60, "S3", [.. Enumerable.Range(0, 100).Select(i => $"arn:aws:s3:::bucket-{i}")])] })),
    ];
}
