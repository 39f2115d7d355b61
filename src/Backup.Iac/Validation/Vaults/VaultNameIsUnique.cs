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

        var first = context.App.Descendants().OfType<BackupVault>()
            .TakeWhile(v => !ReferenceEquals(v, vault))
            .FirstOrDefault(v => v.VaultName == name && VaultUsage.SameEnvironment(v.Stack, vault.Stack));
        if (first is not null)
        {
            context.Report(VaultConstraints.NameUnique, vault, null, "BackupVaultName", name, $"'{first.Path}'", VaultUsage.Describe(vault.Stack));
        }

        foreach (var plan in context.App.Descendants().OfType<BackupPlan>())
        {
            for (var i = 0; i < plan.Rules.Count; i++)
            {
                if (plan.Rules[i].LogicallyAirGappedVault is ExternalBackupVault airGapped
                    && airGapped.VaultName == name && SameEnvironment(airGapped, plan.Stack, vault.Stack))
                {
                    context.Report(VaultConstraints.NameSharedWithAirGappedVault, vault, null, "BackupVaultName", name, $"'{plan.Path}/Rules[{plan.RuleNameAt(i)}]'");
                }
            }
        }
    }

    /// <summary>Whether an external vault referenced from <paramref name="planStack"/> is in the environment of <paramref name="stack"/>.</summary>
    private static bool SameEnvironment(ExternalBackupVault external, BackupStack planStack, BackupStack stack)
    {
        if (!external.IsFromArn)
        {
            return VaultUsage.SameEnvironment(planStack, stack); // by name: the plan's own account and Region
        }

        return VaultUsage.Known(external.Account) && VaultUsage.Known(external.Region)
            && external.Account == stack.Account && external.Region == stack.Region;
    }
}
