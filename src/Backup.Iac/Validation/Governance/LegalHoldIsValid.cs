using System.Text.RegularExpressions;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Governance;

/// <summary>LH-001 to LH-004, LH-006, LH-009: a legal hold's title, description, selection, date range, tags and removal.</summary>
internal sealed partial class LegalHoldIsValid : IValidator<LegalHold>
{
    public void Check(LegalHold hold, ValidationContext context)
    {
        var p = hold.Props;
        if (string.IsNullOrWhiteSpace(p.Title))
        {
            context.Report(LegalHoldConstraints.TitleRequired, hold, null, "Title");
        }

        if (string.IsNullOrWhiteSpace(p.Description))
        {
            context.Report(LegalHoldConstraints.DescriptionRequired, hold, null, "Description");
        }
        else if (!Token.IsUnresolved(p.Description) && p.Description.Length > 280)
        {
            context.Report(LegalHoldConstraints.DescriptionLength, hold, null, "Description", p.Description.Length);
        }

        if (p.VaultNames.Count == 0 && p.ResourceIdentifiers.Count == 0 && p.FromDate is null && p.ToDate is null)
        {
            context.Report(LegalHoldConstraints.SelectionRequired, hold, null, "VaultNames");
        }

        var range = (p.FromDate, p.ToDate) switch
        {
            ({ }, null) => "FromDate is set without ToDate",
            (null, { }) => "ToDate is set without FromDate",
            ({ } from, { } to) when from > to => $"FromDate ({from:yyyy-MM-dd}) is after ToDate ({to:yyyy-MM-dd})",
            _ => null,
        };
        if (range is not null)
        {
            context.Report(LegalHoldConstraints.DateRange, hold, null, p.FromDate is null ? "ToDate" : "FromDate", range);
        }

        if (p.Tags is { } tags)
        {
            var bad = tags.Keys.Concat(tags.Values).FirstOrDefault(t => !Token.IsUnresolved(t) && !TagText().IsMatch(t));
            var problem = tags.Count > 50 ? $"There are {tags.Count} tags" : bad is not null ? $"The tag text '{bad}' has other characters" : null;
            if (problem is not null)
            {
                context.Report(LegalHoldConstraints.Tags, hold, null, "Tags", problem);
            }
        }

        if (p.RemovalPolicy == Graph.RemovalPolicy.Destroy)
        {
            context.Report(LegalHoldConstraints.Release, hold, null, "RemovalPolicy");
        }
    }

    [GeneratedRegex(@"^[\p{L}\p{N}\s+\-=._:/]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TagText();
}
