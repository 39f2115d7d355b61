using Backup.Iac.Catalog;
using Backup.Iac.Validation.Vaults;

namespace Backup.Iac.Validation.Settings;

/// <summary>
/// RSET-004: RDS, Aurora, Neptune and DocumentDB share the RDS ARN, so their opt-ins should agree. Only the values the
/// settings give are compared; a type they leave out keeps the account's current value, which the model does not know.
/// </summary>
internal sealed class RdsFamilyOptIn : IValidator<RegionSettings>
{
    private static readonly string[] Family = [ResourceTypeFacts.Rds, ResourceTypeFacts.Aurora, ResourceTypeFacts.Neptune, ResourceTypeFacts.DocumentDb];

    public void Check(RegionSettings settings, ValidationContext context)
    {
        if (settings.Props.ResourceTypeOptInPreference is not { } optIn)
        {
            return;
        }

        var given = Family.Where(optIn.ContainsKey).ToList();
        var on = given.Where(t => optIn[t]).ToList();
        var off = given.Where(t => !optIn[t]).ToList();
        if (on.Count > 0 && off.Count > 0)
        {
            context.Report(SettingsConstraints.RdsFamilyOptIn, settings, null, nameof(RegionSettingsProps.ResourceTypeOptInPreference),
                VaultUsage.TypeList(on), VaultUsage.TypeList(off));
        }
    }
}
