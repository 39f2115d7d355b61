using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Rules;

/// <summary>
/// RULE-003: a rule has a target vault (its own or the plan's). RULE-004: a vault given by name or ARN yields a valid
/// vault name (lowering writes the name; a malformed ARN leaves the whole ARN as the name). A vault construct is
/// written as a <c>Ref</c>, which is its name; its own name is checked at the vault (VAULT-002).
/// </summary>
internal sealed class RuleVaultIsValid : IValidator<RuleSubject>
{
    public void Check(RuleSubject subject, ValidationContext context)
    {
        var vault = subject.Vault;
        if (vault is null)
        {
            context.Report(RuleConstraints.VaultRequired, subject.Plan, subject.SubPath, nameof(BackupPlanRule.Vault));
            return;
        }

        if (vault is Construct || Token.IsUnresolved(vault.VaultName) || Patterns.VaultName().IsMatch(vault.VaultName))
        {
            return;
        }

        var name = vault.VaultName;
        string why;
        string fix;
        if (vault is ExternalBackupVault { IsFromArn: true } && name == vault.VaultArn)
        {
            why = "it is an ARN that does not name a backup vault, arn:PARTITION:backup:REGION:ACCOUNT:backup-vault:NAME";
            fix = context.App.TemplateWording
                ? "Give TargetBackupVault the vault's name (or !Ref of an AWS::Backup::BackupVault)"
                : "Give the vault with BackupVault.FromName(name), or BackupVault.FromArn with a backup-vault ARN";
        }
        else
        {
            why = name.Length is < 2 or > 50 ? $"{name.Length} characters" : "it contains other characters";
            fix = "Use the vault's name: 2 to 50 letters, digits, '-' or '_'";
        }

        context.Report(RuleConstraints.VaultNamePattern, subject.Plan, subject.SubPath, nameof(BackupPlanRule.Vault), name, why, fix);
    }
}
