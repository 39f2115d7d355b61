using Backup.Iac.Catalog;

namespace Backup.Iac.Validation;

/// <summary>
/// XR-001 and BKP9002: a rule or copy action whose vault is a construct of another stack. Such a vault is written
/// by name (rules) or by ARN (copies), which needs that stack's account and Region; a rule's vault must moreover be
/// in the plan's own account and Region.
/// </summary>
internal sealed class CrossStackVaults : IValidator<RuleSubject>, IValidator<CopySubject>
{
    public void Check(RuleSubject rule, ValidationContext context)
    {
        if (rule.Vault is not Construct vault || ReferenceEquals(vault.Stack, rule.Plan.Stack))
        {
            return;
        }

        var here = rule.Plan.Stack;
        var there = vault.Stack;
        if (Missing(there) is { } missing)
        {
            context.Report(ToolConstraints.CrossStackVaultEnvironment, rule.Plan, rule.SubPath, nameof(BackupPlanRule.Vault), "The rule", ((IBackupVault)vault).VaultName, there.StackName, missing);
        }
        else if (Missing(here) is { } missingHere)
        {
            context.Report(ToolConstraints.CrossStackVaultEnvironment, rule.Plan, rule.SubPath, nameof(BackupPlanRule.Vault), "The rule", ((IBackupVault)vault).VaultName, here.StackName, missingHere);
        }
        else if (here.Account != there.Account || here.Region != there.Region)
        {
            context.Report(CrossResourceConstraints.RuleVaultElsewhere, rule.Plan, rule.SubPath, nameof(BackupPlanRule.Vault),
                ((IBackupVault)vault).VaultName, there.StackName, $"{there.Account}, {there.Region}", $"{here.Account}, {here.Region}");
        }
    }

    public void Check(CopySubject copy, ValidationContext context)
    {
        if (copy.Copy.Destination is Construct vault && !ReferenceEquals(vault.Stack, copy.Rule.Plan.Stack) && Missing(vault.Stack) is { } missing)
        {
            context.Report(ToolConstraints.CrossStackVaultEnvironment, copy.Rule.Plan, copy.SubPath, nameof(CopyAction.Destination), "The copy action",
                ((IBackupVault)vault).VaultName, vault.Stack.StackName, missing);
        }
    }

    private static string? Missing(BackupStack stack) =>
        stack.Account is null && stack.Region is null ? "Account and Region"
        : stack.Account is null ? "Account"
        : stack.Region is null ? "Region"
        : null;
}
