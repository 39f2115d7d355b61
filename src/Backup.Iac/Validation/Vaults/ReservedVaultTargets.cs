using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Vaults;

/// <summary>
/// VAULT-005 (rule targets) and VAULT-006: a rule that backs up into a vault named <c>Default</c> that the app does
/// not create, and a copy action into the EFS automatic backup vault. Reported at the plan. As a vault check it scans
/// the stack's plans once, from the stack's first vault; it is also a rule and copy check, so that registering it in
/// <c>RuleChecks</c> and <c>CopyChecks</c> covers stacks without a vault of their own (identical diagnostics are merged).
/// </summary>
internal sealed class ReservedVaultTargets : IValidator<RuleSubject>, IValidator<CopySubject>
{
    public const string EfsAutomaticVault = "aws/efs/automatic-backup-vault";

    public void Check(RuleSubject rule, ValidationContext context)
    {
        if (rule.Vault is ExternalBackupVault { VaultName: VaultNameIsNotDefault.DefaultName })
        {
            context.Report(VaultConstraints.NameDefault, rule.Plan, rule.SubPath, nameof(BackupPlanRule.Vault),
                "The rule backs up into the vault 'Default', which this app does not create",
                "The rule fails in every account and Region where nobody opened the console; back up into a vault that the stack creates");
        }
    }

    public void Check(CopySubject copy, ValidationContext context)
    {
        if (copy.Copy.Destination is ExternalBackupVault { VaultName: EfsAutomaticVault })
        {
            context.Report(VaultConstraints.EfsAutomaticVaultAsCopyDestination, copy.Rule.Plan, copy.SubPath, nameof(CopyAction.Destination));
        }
    }
}
