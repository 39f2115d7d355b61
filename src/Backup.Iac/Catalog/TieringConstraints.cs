namespace Backup.Iac.Catalog;

/// <summary>
/// Tiering configurations: codes BKP1501-BKP1599. The core catalog has no rows for them yet (its audit notes list the
/// facts below from BOTO and the CloudFormation schema), so these are tool rules without a catalog ID.
/// </summary>
internal static class TieringConstraints
{
    private const string Source = "CFN aws-backup-tieringconfiguration.json; BOTO TieringConfigurationInputForCreate; catalog audit notes (AWS::Backup::TieringConfiguration)";

    public static readonly Constraint Name = new(
        "BKP1501", null, Severity.Error,
        "Tiering configuration names are 1 to 200 letters, digits or '_'",
        "The name '{0}' does not match ^[a-zA-Z0-9_]{{1,200}}${1}. Set TieringConfigurationName to letters, digits and '_' only.",
        Source, Docs.DevGuide + "API_TieringConfigurationInputForCreate.html");

    public static readonly Constraint Vault = new(
        "BKP1502", null, Severity.Error,
        "A tiering configuration needs its vault",
        "Vault is not set; CloudFormation requires BackupVaultName. Set Vault to the vault whose S3 backups are tiered.",
        Source, Docs.DevGuide + "API_TieringConfigurationInputForCreate.html");

    public static readonly Constraint Selections = new(
        "BKP1503", null, Severity.Error,
        "One to five resource selections",
        "ResourceSelection has {0} entries; AWS accepts 1 to 5. Merge or split the selections.",
        Source, Docs.DevGuide + "API_TieringConfigurationInputForCreate.html");

    public static readonly Constraint Days = new(
        "BKP1504", null, Severity.Error,
        "Backups move down after 60 to 36,500 days",
        "TieringDownAfter is {0}; AWS accepts whole days from 60 to 36,500. Set it within that range.",
        Source, Docs.DevGuide + "API_ResourceSelection.html");

    public static readonly Constraint ResourceType = new(
        "BKP1505", null, Severity.Error,
        "Only S3 backups can be tiered",
        "ResourceType is '{0}'; tiering applies to S3 only. Set ResourceType to S3.",
        Source, Docs.DevGuide + "API_ResourceSelection.html");

    public static readonly Constraint Resources = new(
        "BKP1506", null, Severity.Error,
        "Each selection names '*' or up to 100 resources",
        "Resources has {0} entries; use [\"*\"] for every S3 backup in the vault, or 1 to 100 resource ARNs.",
        Source, Docs.DevGuide + "API_ResourceSelection.html");

    public static IReadOnlyList<Constraint> All { get; } = [Name, Vault, Selections, Days, ResourceType, Resources];
}
