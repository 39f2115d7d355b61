using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Vaults;

/// <summary>
/// VAULT-003: no two vaults of the app with the same name (case sensitive) in one account and Region: stacks whose
/// account and Region are known and equal, or the same stack. Reported at the later vault. Also warns when a
/// logically air-gapped vault that a rule backs up into has the name of a standard vault in the same place (OQ-040).
/// </summary>
internal sealed class VaultNameIsUnique : IValidator<BackupVault>
{
    public void Check(BackupVault vault, ValidationContext context)
    {
        var name = vault.VaultName;
        if (name.Length == 0 || Token.IsUnresolved(name))
        {
            return;
        }

        // The first vault of that name in the environment (a dictionary lookup in the facts).
        var first = context.Facts.FirstVaultNamed(vault.Stack.Environment, name);
        if (first is not null && !ReferenceEquals(first, vault))
        {
            context.Report(VaultConstraints.NameUnique, vault, null, nameof(BackupVaultProps.BackupVaultName), name, $"'{first.Path}'", VaultUsage.Describe(vault.Stack));
        }

        foreach (var (plan, i, airGapped) in context.Facts.RulesIntoExternalAirGappedVault(name))
        {
            if (SameEnvironment(airGapped, plan.Stack, vault.Stack))
            {
                context.Report(VaultConstraints.NameSharedWithAirGappedVault, vault, null, nameof(BackupVaultProps.BackupVaultName), name, $"'{ConstructPath.Item(nameof(BackupPlanProps.Rules), plan.RuleNameAt(i)).Under(plan)}'");
            }
        }
    }

    /// <summary>Whether an external vault referenced from <paramref name="planStack"/> is in the environment of <paramref name="stack"/>.</summary>
    private static bool SameEnvironment(ExternalBackupVault external, BackupStack planStack, BackupStack stack)
    {
        if (!external.IsFromArn)
        {
            return planStack.Environment.Same(stack.Environment); // by name: the plan's own account and Region
        }

        return stack.Environment.IsAt(external.Account, external.Region);
    }
}
