namespace Backup.Iac.Catalog;

/// <summary>Cross-account management and delegated administration (XAM, governance catalog §7.3): codes BKP6301-BKP6399.</summary>
internal static class CrossAccountManagementConstraints
{
    public static readonly Constraint SameOrganization = new(
        "BKP6301", "XAM-001", Severity.Error,
        "Cross-account features stay within one organization",
        "{0} is not part of the organization tree. Backup policies and cross-account copies work only between accounts of the same AWS Organization; add the account to the tree, or use an account of the organization.",
        "DG §Managing AWS Backup resources across multiple AWS accounts L15984-15986; §Creating backup copies across AWS accounts L8789-8791",
        Orgs.CrossAccount);

    public static readonly Constraint ConsoleSwitches = new(
        "BKP6302", "XAM-002", Severity.Warning,
        "Backup policies and cross-account monitoring are switched on in AWS Backup",
        "The organization tree declares that {0} is off in the AWS Backup settings of the management account; {1}. Turn it on in the AWS Backup console (Settings, cross-account management) of the management account.",
        "DG §Enabling cross-account management L16077-16098",
        Orgs.CrossAccount);

    public static readonly Constraint GlobalSettingsAccount = new(
        "BKP6303", "XAM-003", Severity.Error,
        "Only the management account changes global settings",
        "Global settings are set in the stack for account {0}, but the organization's management account is {1}; UpdateGlobalSettings fails in any other account. Deploy the global settings from the management account.",
        "DG §UpdateGlobalSettings L36424-36455; §DescribeGlobalSettings L27442-27447; §Creating backup copies across AWS accounts L8841-8849",
        Docs.DevGuide + "API_UpdateGlobalSettings.html");

    public static readonly Constraint DestinationVaultPolicy = new(
        "BKP6304", "XAM-004", Severity.Warning,
        "The destination vault lets the organization copy into it",
        "Backup policies copy into the vault {0}, whose access policy {1}. Cross-account copies need backup:CopyIntoBackupVault allowed for the source accounts or the organization (VaultAccessPolicy.AllowCopyIntoFromOrganization).",
        "DG §Creating backup copies across AWS accounts L8823-8825; L8836-8855",
        Docs.DevGuide + "create-cross-account-backup.html")
    {
        TemplateMessage = "Backup policies copy into the vault {0}, whose access policy {1}. Cross-account copies need backup:CopyIntoBackupVault allowed for the source accounts or the organization: add a statement with Effect: Allow, Action: backup:CopyIntoBackupVault, Principal: '*' and an aws:PrincipalOrgID condition.",
    };

    public static readonly Constraint DelegatedAdministrators = new(
        "BKP6305", "XAM-005", Severity.Warning,
        "Delegated administrators are member accounts, at most five",
        "{0}. Register up to five member accounts as delegated administrators for backup.amazonaws.com.",
        "DG §Delegated administrator L16155-16216; L16121-16152",
        Docs.DevGuide + "manage-cross-account.html#backup-delegatedadmin");

    public static IReadOnlyList<Constraint> All { get; } = [SameOrganization, ConsoleSwitches, GlobalSettingsAccount, DestinationVaultPolicy, DelegatedAdministrators];
}
