using Backup.Iac.Catalog;
using Backup.Iac.Validation.Vaults;

namespace Backup.Iac.Validation.Settings;

/// <summary>RSET-003: Region settings apply to one account and Region; a stack without a known account and Region leaves that open.</summary>
internal sealed class RegionSettingsScope : IValidator<RegionSettings>
{
    public void Check(RegionSettings settings, ValidationContext context)
    {
        var stack = settings.Stack;
        var missing = (VaultUsage.Known(stack.Account), VaultUsage.Known(stack.Region)) switch
        {
            (false, false) => "account and Region are",
            (false, true) => "account is",
            (true, false) => "Region is",
            _ => null,
        };
        if (missing is not null)
        {
            context.Report(SettingsConstraints.RegionSettingsScope, settings, null, null, missing);
        }
    }
}
