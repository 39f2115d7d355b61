using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Facts;

/// <summary>
/// RSET-005: Region settings that opt resource types in or out, in an app that also defines an Organizations backup
/// policy. The plans the policy creates (<c>orgs-</c>) use the management account's opt-in settings, local plans the
/// member account's (information): the finding says which of the two these settings are, when the accounts are known.
/// </summary>
internal sealed class RegionSettingsAndOrganizationPlans : IValidator<RegionSettings>
{
    public void Check(RegionSettings settings, ValidationContext context)
    {
        if (settings.Props.ResourceTypeOptInPreference is not { Count: > 0 } || context.Facts.All<BackupPolicy>() is not [var policy, ..])
        {
            return;
        }

        var management = Known(policy.Stack.Account);
        var here = Known(settings.Stack.Account);
        var which = management is null || here is null
            ? "these Region settings apply to their own account's local plans, and to the policy's plans only if it is the management account"
            : management == here
                ? "these Region settings are the management account's, so they also decide which resource types the policy's plans back up in every member account"
                : $"these Region settings of account {here} apply to its local plans only";
        context.Report(ResourceFactConstraints.RegionSettingsAndOrganizationPlans, settings, null, nameof(RegionSettingsProps.ResourceTypeOptInPreference),
            policy.PolicyName, management is null ? "" : $" ({management})", which);
    }

    private static string? Known(string? account) => account is not null && !Token.IsUnresolved(account) ? account : null;
}
