using System.Text.RegularExpressions;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Governance;

/// <summary>LH-001 to LH-004, LH-006, LH-009: a legal hold's title, description, selection, date range (complete, ordered, not in the future), tags and removal.</summary>
internal sealed partial class LegalHoldIsValid : IValidator<LegalHold>
{
    public void Check(LegalHold hold, ValidationContext context)
    {
        var p = hold.Props;
        if (string.IsNullOrWhiteSpace(p.Title))
        {
            context.Report(LegalHoldConstraints.TitleRequired, hold, null, nameof(LegalHoldProps.Title));
        }

        if (string.IsNullOrWhiteSpace(p.Description))
        {
            context.Report(LegalHoldConstraints.DescriptionRequired, hold, null, nameof(LegalHoldProps.Description));
        }
        else if (!Token.IsUnresolved(p.Description) && p.Description.Length > 280)
        {
            context.Report(LegalHoldConstraints.DescriptionLength, hold, null, nameof(LegalHoldProps.Description), p.Description.Length);
        }

        if (p.VaultNames.Count == 0 && p.ResourceIdentifiers.Count == 0 && p.FromDate is null && p.ToDate is null)
        {
            context.Report(LegalHoldConstraints.SelectionRequired, hold, null, nameof(LegalHoldProps.VaultNames));
        }

        // Future dates are judged against the time of synthesis: AWS rejects them when the hold is created (DG L42715-42716).
        var now = context.Now;
        var (range, property) = (p.FromDate, p.ToDate) switch
        {
            ({ }, null) => ("FromDate is set without ToDate", nameof(LegalHoldProps.FromDate)),
            (null, { }) => ("ToDate is set without FromDate", nameof(LegalHoldProps.ToDate)),
            ({ } from, { } to) when from > to => ($"FromDate ({Show(from)}) is after ToDate ({Show(to)})", nameof(LegalHoldProps.FromDate)),
            ({ } from, _) when from > now => ($"FromDate ({Show(from)}) is in the future, which AWS does not permit", nameof(LegalHoldProps.FromDate)),
            (_, { } to) when to > now => ($"ToDate ({Show(to)}) is in the future, which AWS does not permit: a hold covers only recovery points that already exist", nameof(LegalHoldProps.ToDate)),
            _ => (null, null),
        };
        if (range is not null)
        {
            context.Report(LegalHoldConstraints.DateRange, hold, null, property, range);
        }

        if (p.Tags is { } tags)
        {
            var bad = tags.Keys.Concat(tags.Values).FirstOrDefault(t => !Token.IsUnresolved(t) && !TagText().IsMatch(t));
            var problem = tags.Count > 50 ? $"There are {tags.Count} tags" : bad is not null ? $"The tag text '{bad}' has other characters" : null;
            if (problem is not null)
            {
                context.Report(LegalHoldConstraints.Tags, hold, null, nameof(LegalHoldProps.Tags), problem);
            }
        }

        if (p.RemovalPolicy == Graph.RemovalPolicy.Destroy)
        {
            context.Report(LegalHoldConstraints.Release, hold, null, nameof(LegalHoldProps.RemovalPolicy));
        }
    }

    private static string Show(DateTimeOffset date) => date.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[\p{L}\p{N}\s+\-=._:/]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TagText();
}
