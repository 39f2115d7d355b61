using System.Text.RegularExpressions;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Governance;

/// <summary>BKP1501-BKP1506: a tiering configuration's name, vault, selections, days, type and resources.</summary>
internal sealed partial class TieringConfigurationIsValid : IValidator<TieringConfiguration>
{
    public void Check(TieringConfiguration tiering, ValidationContext context)
    {
        var name = tiering.TieringConfigurationName;
        if (!Token.IsUnresolved(name) && !NamePattern().IsMatch(name))
        {
            context.Report(TieringConstraints.Name, tiering, null, nameof(TieringConfigurationProps.TieringConfigurationName), name,
                tiering.Props.TieringConfigurationName is null ? " (taken from the construct ID)" : "");
        }

        if (tiering.Props.Vault is null)
        {
            context.Report(TieringConstraints.Vault, tiering, null, nameof(TieringConfigurationProps.Vault));
        }

        var selections = tiering.Props.ResourceSelection ?? [];
        if (selections.Count is < 1 or > 5)
        {
            context.Report(TieringConstraints.Selections, tiering, null, nameof(TieringConfigurationProps.ResourceSelection), selections.Count);
        }

        for (var i = 0; i < selections.Count; i++)
        {
            var selection = selections[i];
            var at = PropertyPath.Of(nameof(TieringConfigurationProps.ResourceSelection)).Index(i);
            if (Known.Value(selection.TieringDownAfter) is { } days && (!days.IsWholeDays || days.TotalDays is < 60 or > 36_500))
            {
                context.Report(TieringConstraints.Days, tiering, null, at.Then(nameof(TieringResourceSelection.TieringDownAfter)), days);
            }

            if (!Token.IsUnresolved(selection.ResourceType) && selection.ResourceType != "S3")
            {
                context.Report(TieringConstraints.ResourceType, tiering, null, at.Then(nameof(TieringResourceSelection.ResourceType)), selection.ResourceType);
            }

            var resources = selection.Resources ?? [];
            if (resources.Count == 0 || resources.Count > 100 || resources.Count > 1 && resources.Contains("*"))
            {
                context.Report(TieringConstraints.Resources, tiering, null, at.Then(nameof(TieringResourceSelection.Resources)), resources.Count);
            }
        }
    }

    [GeneratedRegex("^[a-zA-Z0-9_]{1,200}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
