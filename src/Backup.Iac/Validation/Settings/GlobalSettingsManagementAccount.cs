using Backup.Iac.Catalog;
using Backup.Iac.Validation.Vaults;

namespace Backup.Iac.Validation.Settings;

/// <summary>
/// GSET-002: only the AWS Organizations management account may call UpdateGlobalSettings. The model has no
/// organization, so it never knows that an account is not the management account (the catalog's error case); it warns
/// at every <see cref="GlobalSettings"/> that this is unverified, naming the stack's account when it is known.
/// </summary>
internal sealed class GlobalSettingsManagementAccount : IValidator<GlobalSettings>
{
    public void Check(GlobalSettings settings, ValidationContext context)
    {
        var stack = settings.Stack;
        var where = stack.Environment.Account is { } account
            ? $"stack '{stack.StackName}' deploys these settings to account {account}"
            : $"stack '{stack.StackName}' deploys these settings to an account not known at synth time";
        context.Report(SettingsConstraints.GlobalSettingsManagementAccount, settings, null, null, where);
    }
}
