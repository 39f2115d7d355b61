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
        Bad("LH-006 a tag with a character outside the set is rejected", "BKP4506", () => Hold(h => h with { Tags = new Dictionary<string, string> { ["case"] = "#42" } }), "Test/Hold", "Tags"),
        Bad("LH-006 51 tags are rejected", "BKP4506", () => Hold(h => h with { Tags = Enumerable.Range(0, 51).ToDictionary(i => "k" + i, i => "v") })),
        Good("LH-006 50 tags with allowed characters are accepted", "BKP4506", () => Hold(h => h with { Tags = Enumerable.Range(0, 50).ToDictionary(i => "k" + i, i => "v: 1/2 +x") })),
        Bad("LH-009 a legal hold that the stack may delete is warned", "BKP4509", () => Hold(h => h with { RemovalPolicy = Graph.RemovalPolicy.Destroy }), "Test/Hold", "RemovalPolicy"),
        Good("LH-009 a retained legal hold is accepted", "BKP4509", () => Hold(h => h)),

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
