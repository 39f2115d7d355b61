using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Backup.Iac.Validation.Schedules;

/// <summary>What kind of problem stops an expression from parsing.</summary>
internal enum CronProblemKind
{
    /// <summary>Not written <c>cron(&lt;6 fields&gt;)</c> (RULE-005).</summary>
    NotCron,

    /// <summary>A <c>rate(...)</c> expression, which AWS Backup does not document (RULE-005, warning).</summary>
    Rate,

    /// <summary>Six fields, but one of them (or the day-of-month/day-of-week pair) breaks the grammar (RULE-006).</summary>
    Field,
}

/// <summary>Why an expression does not parse: what is wrong (naming the field and value) and how to fix it; neither ends with a period.</summary>
/// <param name="Kind">The kind of problem.</param>
/// <param name="Description">What is wrong, e.g. <c>the day-of-week field '0' has 0, outside 1-7 ...</c>.</param>
/// <param name="Fix">How to fix it, e.g. <c>Use 1-7 or SUN-SAT</c>.</param>
/// <param name="Field">The field at fault, when there is one.</param>
internal sealed record CronProblem(CronProblemKind Kind, string Description, string Fix, CronField? Field = null);

/// <summary>The outcome of <see cref="CronExpression.Parse"/>: an expression or a problem.</summary>
/// <param name="Expression">The expression, when it parsed.</param>
/// <param name="Problem">The first problem found, when it did not.</param>
/// <param name="Rate">The rate, when the problem is a <c>rate(...)</c> expression that reads as one.</param>
internal sealed record CronParseResult(CronExpression? Expression, CronProblem? Problem, RateExpression? Rate = null)
{
    /// <summary>
    /// Whether the schedule clearly runs more than once in a month (<see cref="CronExpression.RunsMoreThanMonthly"/>,
    /// <see cref="RateExpression.RunsMoreThanMonthly"/>); false for anything that does not parse.
    /// </summary>
    public bool RunsMoreThanMonthly => Expression?.RunsMoreThanMonthly() ?? Rate?.RunsMoreThanMonthly ?? false;
}

/// <summary>
/// An AWS cron expression <c>cron(minutes hours day-of-month month day-of-week year)</c> as EventBridge and AWS Backup
/// read it: values and names (<c>JAN</c>-<c>DEC</c>, <c>SUN</c>-<c>SAT</c>, case-insensitive), <c>, - * /</c> in every
/// field, <c>?</c> in exactly one of day-of-month and day-of-week, <c>L</c> in both, <c>W</c> in day-of-month and
/// <c>#</c> in day-of-week (each of those three alone in its field), years 1970-2199. Day-of-week runs from 1 (Sunday)
/// to 7 (Saturday). The parsed expression tells which minutes, hours and days it fires on.
/// </summary>
internal sealed partial class CronExpression
{
    private readonly ImmutableArray<CronFieldValue> fields;

    private CronExpression(string text, ImmutableArray<CronFieldValue> fields)
    {
        Text = text;
        this.fields = fields;
    }

    /// <summary>The expression as written.</summary>
    public string Text { get; }

    public CronFieldValue this[CronField field] => fields[(int)field];

    /// <summary>The minutes of the hour it fires at.</summary>
    public ImmutableArray<int> Minutes => this[CronField.Minutes].Values;

    /// <summary>The hours of the day it fires at.</summary>
    public ImmutableArray<int> Hours => this[CronField.Hours].Values;

    /// <summary>The day-of-month field.</summary>
    public CronFieldValue DayOfMonth => this[CronField.DayOfMonth];

    /// <summary>The months it fires in (1 = January).</summary>
    public ImmutableArray<int> Months => this[CronField.Month].Values;

    /// <summary>The day-of-week field (1 = Sunday).</summary>
    public CronFieldValue DayOfWeek => this[CronField.DayOfWeek];

    /// <summary>The years it fires in.</summary>
    public ImmutableArray<int> Years => this[CronField.Year].Values;

    /// <summary>How many times it fires on a day it fires on.</summary>
    public int RunsPerDay => Minutes.Length * Hours.Length;

    /// <summary>
    /// Parses <c>cron(...)</c>; never throws. Validators read it through <see cref="ValidationFacts.Schedule"/>, which
    /// parses each distinct expression once per synth.
    /// </summary>
    /// <param name="text">The expression.</param>
    /// <returns>The expression, or the first problem (with the rate, for a <c>rate(...)</c> expression).</returns>
    public static CronParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith("rate(", StringComparison.OrdinalIgnoreCase))
        {
            return new(null, new CronProblem(CronProblemKind.Rate, "it is a rate expression", "Write a cron expression"), RateExpression.Parse(text));
        }

        string body;
        if (text.StartsWith("cron(", StringComparison.Ordinal) && text.EndsWith(')'))
        {
            body = text[5..^1];
        }
        else if (text.Length == 0 || text.Trim().Length == 0)
        {
            return Fail(CronProblemKind.NotCron, "it is empty", "Remove Schedule to use AWS Backup's default, cron(0 5 ? * * *), or write a cron expression");
        }
        else if (text.StartsWith("cron(", StringComparison.OrdinalIgnoreCase) && text.EndsWith(')'))
        {
            return Fail(CronProblemKind.NotCron, $"'{text[..4]}' must be written in lower case", $"Write cron({text[5..^1]})");
        }
        else if (!text.Contains('(', StringComparison.Ordinal) && Whitespace().Split(text.Trim()).Length is 5 or 6 or 7)
        {
            return Fail(CronProblemKind.NotCron, "the fields are not wrapped in cron(...)", $"Write cron({text.Trim()})");
        }
        else
        {
            return Fail(CronProblemKind.NotCron, "it does not have the form cron(...)", "Write cron(minutes hours day-of-month month day-of-week year)");
        }

        var parts = body.Trim().Length == 0 ? [] : Whitespace().Split(body.Trim());
        if (parts.Length != 6)
        {
            var hint = parts.Length switch
            {
                5 => "; Unix cron has 5 fields, AWS cron adds the year",
                7 => "; AWS cron has no seconds field",
                _ => "",
            };
            return Fail(CronProblemKind.NotCron, $"it has {parts.Length} field{(parts.Length == 1 ? "" : "s")}, not 6{hint}",
                "Write the six fields minutes hours day-of-month month day-of-week year, e.g. cron(0 5 ? * * *)");
        }

        var parsed = ImmutableArray.CreateBuilder<CronFieldValue>(6);
        for (var i = 0; i < 6; i++)
        {
            var (value, problem) = ParseField((CronField)i, parts[i]);
            if (value is null)
            {
                return new CronParseResult(null, problem);
            }

            parsed.Add(value);
        }

        var dayOfMonth = parsed[(int)CronField.DayOfMonth];
        var dayOfWeek = parsed[(int)CronField.DayOfWeek];
        if (dayOfMonth.Kind == CronDayKind.Any && dayOfWeek.Kind == CronDayKind.Any)
        {
            return Fail(CronProblemKind.Field, "both day-of-month and day-of-week are '?', and exactly one of them must be",
                $"Set day-of-month to '*' to run every day, cron({parts[0]} {parts[1]} * {parts[3]} ? {parts[5]}), or give the days you want");
        }

        if (dayOfMonth.Kind != CronDayKind.Any && dayOfWeek.Kind != CronDayKind.Any)
        {
            return Fail(CronProblemKind.Field,
                $"neither day-of-month ('{dayOfMonth.Text}') nor day-of-week ('{dayOfWeek.Text}') is '?', and exactly one of them must be",
                dayOfWeek.Text == "*"
                    ? $"Set day-of-week to '?': cron({parts[0]} {parts[1]} {parts[2]} {parts[3]} ? {parts[5]})"
                    : $"Set day-of-month to '?': cron({parts[0]} {parts[1]} ? {parts[3]} {parts[4]} {parts[5]})");
        }

        return new CronParseResult(new CronExpression(text, parsed.MoveToImmutable()), null);
    }

    /// <summary>Whether it fires on <paramref name="date"/> (in the schedule's time zone).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when it fires at least once that day.</returns>
    public bool FiresOn(DateOnly date) =>
        Years.Contains(date.Year) && Months.Contains(date.Month) && DayMatches(DayOfMonth, date) && DayMatches(DayOfWeek, date);

    /// <summary>The times it fires strictly after <paramref name="after"/>, in order, up to the end of 2199.</summary>
    /// <param name="after">The start (in the schedule's time zone).</param>
    /// <returns>The times.</returns>
    public IEnumerable<DateTime> Occurrences(DateTime after)
    {
        var last = Years.IsEmpty ? 0 : Years[^1];
        for (var date = DateOnly.FromDateTime(after); date.Year <= last; date = date.AddDays(1))
        {
            if (!FiresOn(date))
            {
                continue;
            }

            foreach (var hour in Hours)
            {
                foreach (var minute in Minutes)
                {
                    var at = date.ToDateTime(new TimeOnly(hour, minute));
                    if (at > after)
                    {
                        yield return at;
                    }
                }
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static bool DayMatches(CronFieldValue field, DateOnly date)
    {
        var daysInMonth = DateTime.DaysInMonth(date.Year, date.Month);
        var weekDay = (int)date.DayOfWeek + 1; // AWS: 1 = Sunday
        return field.Kind switch
        {
            CronDayKind.Any => true,
            CronDayKind.Values when field.Field == CronField.DayOfWeek => field.Values.Contains(weekDay),
            CronDayKind.Values => field.Values.Contains(date.Day),
            CronDayKind.LastDayOfMonth => date.Day == daysInMonth - field.Offset,
            CronDayKind.LastWeekdayOfMonth => date.Day == LastWeekday(date.Year, date.Month),
            CronDayKind.NearestWeekday => date.Day == NearestWeekday(date.Year, date.Month, field.Values[0]),
            CronDayKind.LastOfMonth => weekDay == field.Values[0] && date.Day + 7 > daysInMonth,
            CronDayKind.NthOfMonth => weekDay == field.Values[0] && ((date.Day - 1) / 7) + 1 == field.Offset,
            _ => false,
        };
    }

    private static int LastWeekday(int year, int month)
    {
        var day = DateTime.DaysInMonth(year, month);
        while (new DateOnly(year, month, day).DayOfWeek is System.DayOfWeek.Saturday or System.DayOfWeek.Sunday)
        {
            day--;
        }

        return day;
    }

    /// <summary>The weekday nearest to <paramref name="day"/> without leaving the month; 0 when the month has no such day.</summary>
    private static int NearestWeekday(int year, int month, int day)
    {
        var daysInMonth = DateTime.DaysInMonth(year, month);
        if (day > daysInMonth)
        {
            return 0;
        }

        return new DateOnly(year, month, day).DayOfWeek switch
        {
            System.DayOfWeek.Saturday => day == 1 ? 3 : day - 1,
            System.DayOfWeek.Sunday => day == daysInMonth ? day - 2 : day + 1,
            _ => day,
        };
    }

    private static CronParseResult Fail(CronProblemKind kind, string description, string fix) =>
        new(null, new CronProblem(kind, description, fix));

    private static (CronFieldValue? Value, CronProblem? Problem) ParseField(CronField field, string text)
    {
        var upper = text.ToUpperInvariant();
        var isDay = field is CronField.DayOfMonth or CronField.DayOfWeek;
        (CronFieldValue?, CronProblem?) Problem(string description, string fix) => (null, FieldProblem(field, text, description, fix));
        CronFieldValue Special(CronDayKind kind, int value, int offset = 0) => new(field, text, kind, [value], [], offset);

        if (upper == "?")
        {
            return isDay
                ? (new CronFieldValue(field, text, CronDayKind.Any, [], []), null)
                : Problem("has '?', which is allowed only in day-of-month or day-of-week", $"Use '*' or a value in {CronFields.Allowed(field)}");
        }

        if (field == CronField.DayOfMonth)
        {
            if (upper == "L")
            {
                return (Special(CronDayKind.LastDayOfMonth, 0), null);
            }

            if (upper == "LW")
            {
                return (Special(CronDayKind.LastWeekdayOfMonth, 0), null);
            }

            if (LastMinus().Match(upper) is { Success: true } lm)
            {
                var n = Number(lm.Groups[1].Value);
                return n <= 30
                    ? (Special(CronDayKind.LastDayOfMonth, 0, n), null)
                    : Problem($"counts {lm.Groups[1].Value} days back from the last day of the month, more than 30", "Use L-0 to L-30");
            }

            if (NearestWeekdayForm().Match(upper) is { Success: true } w)
            {
                var n = Number(w.Groups[1].Value);
                return n is >= 1 and <= 31
                    ? (Special(CronDayKind.NearestWeekday, n), null)
                    : Problem($"has {w.Groups[1].Value}W, but the day must be 1-31", "Use nW with n in 1-31, e.g. 15W");
            }
        }

        if (field == CronField.DayOfWeek)
        {
            if (upper == "L")
            {
                return (new CronFieldValue(field, text, CronDayKind.Values, [7], [new CronItem(text, [7], null, false)]), null);
            }

            if (LastOfKindForm().Match(upper) is { Success: true } last)
            {
                var day = DayValue(last.Groups[1].Value);
                return day is >= 1 and <= 7
                    ? (Special(CronDayKind.LastOfMonth, day), null)
                    : Problem($"has '{last.Groups[1].Value}' before L, which is not a day (1-7 or SUN-SAT)", "Write dL with d in 1-7 or SUN-SAT, e.g. 6L for the last Friday");
            }

            if (NthForm().Match(upper) is { Success: true } nth)
            {
                var day = DayValue(nth.Groups[1].Value);
                var n = Number(nth.Groups[2].Value);
                if (day is < 1 or > 7)
                {
                    return Problem($"has '{nth.Groups[1].Value}' before #, which is not a day (1-7 or SUN-SAT)", "Write d#n with d in 1-7 or SUN-SAT, e.g. 3#2 for the second Tuesday");
                }

                return n is >= 1 and <= 5
                    ? (Special(CronDayKind.NthOfMonth, day, n), null)
                    : Problem($"asks for occurrence {nth.Groups[2].Value} of a day in the month, but a month has at most 5", "Use d#1 to d#5");
            }
        }

        var items = upper.Split(',');
        var values = new SortedSet<int>();
        var parsedItems = ImmutableArray.CreateBuilder<CronItem>(items.Length);
        foreach (var item in items)
        {
            if (item.Length == 0)
            {
                return Problem("has an empty item in its list", "Remove the extra ','");
            }

            var m = ItemForm().Match(item);
            if (IsSpecial(item) || !m.Success)
            {
                return DiagnoseItem(field, text, item, items.Length > 1);
            }

            var star = m.Groups["a"].Value == "*";
            int start, end;
            if (star)
            {
                if (m.Groups["b"].Success)
                {
                    return Problem($"has '{item}', a range that starts with '*'", "Write a range as a-b, or use '*' alone");
                }

                start = CronFields.Min(field);
                end = CronFields.Max(field);
            }
            else
            {
                var a = Value(field, m.Groups["a"].Value);
                if (a.Problem is { } pa)
                {
                    return Problem(pa.Description, pa.Fix);
                }

                start = a.Value;
                end = start;
                if (m.Groups["b"].Success)
                {
                    var b = Value(field, m.Groups["b"].Value);
                    if (b.Problem is { } pb)
                    {
                        return Problem(pb.Description, pb.Fix);
                    }

                    end = b.Value;
                    if (field == CronField.Year && end < start)
                    {
                        return Problem($"has the range {item}, which ends before it starts", $"Write {end}-{start}");
                    }
                }
                else if (m.Groups["s"].Success)
                {
                    end = CronFields.Max(field);
                }
            }

            int? step = null;
            if (m.Groups["s"].Success)
            {
                var s = Number(m.Groups["s"].Value);
                var maxStep = field == CronField.Year ? CronFields.Max(field) - CronFields.Min(field) + 1 : CronFields.Max(field);
                if (s < 1 || s > maxStep)
                {
                    return Problem($"has the step /{m.Groups["s"].Value}, but steps in this field must be 1-{maxStep}", $"Use a step in 1-{maxStep}");
                }

                step = s;
            }

            var itemValues = Expand(field, start, end, step ?? 1);
            values.UnionWith(itemValues);
            parsedItems.Add(new CronItem(item, itemValues, step, step is not null && !m.Groups["b"].Success));
        }

        return (new CronFieldValue(field, text, CronDayKind.Values, [.. values], parsedItems.ToImmutable()), null);
    }

    /// <summary>The values from start to end by step; a range whose end is before its start wraps round the field (e.g. hours 22-2).</summary>
    private static ImmutableArray<int> Expand(CronField field, int start, int end, int step)
    {
        var min = CronFields.Min(field);
        var span = CronFields.Max(field) - min + 1;
        var stop = end >= start ? end : end + span;
        var result = new SortedSet<int>();
        for (var i = start; i <= stop; i += step)
        {
            result.Add(((i - min) % span) + min);
        }

        return [.. result];
    }

    private static (int Value, CronProblem? Problem) Value(CronField field, string token)
    {
        if (char.IsAsciiDigit(token[0]))
        {
            var n = Number(token);
            if (n >= CronFields.Min(field) && n <= CronFields.Max(field))
            {
                return (n, null);
            }

            var why = field == CronField.DayOfWeek && n == 0
                ? "has 0, but AWS numbers days of the week 1 (Sunday) to 7 (Saturday), not 0-6 as Unix cron does"
                : $"has {token}, outside {CronFields.Allowed(field)}";
            return (0, new CronProblem(CronProblemKind.Field, why, $"Use {CronFields.Allowed(field)}"));
        }

        var names = field switch
        {
            CronField.Month => CronFields.MonthNames,
            CronField.DayOfWeek => CronFields.DayNames,
            _ => [],
        };
        if (names.IsEmpty)
        {
            return (0, new CronProblem(CronProblemKind.Field, $"has '{token}', but names are allowed only in month (JAN-DEC) and day-of-week (SUN-SAT)",
                $"Use numbers in {CronFields.Allowed(field)}"));
        }

        var index = names.IndexOf(token);
        if (index >= 0)
        {
            return (index + 1, null);
        }

        var kind = field == CronField.Month ? "month" : "day";
        return (0, new CronProblem(CronProblemKind.Field, $"has '{token}', which is not a {kind} name ({names[0]}-{names[^1]})",
            $"Use {CronFields.Allowed(field)}"));
    }

    private static (CronFieldValue?, CronProblem?) DiagnoseItem(CronField field, string text, string item, bool inList)
    {
        (CronFieldValue?, CronProblem?) Problem(string description, string fix) => (null, FieldProblem(field, text, description, fix));

        var isDay = field is CronField.DayOfMonth or CronField.DayOfWeek;
        if (item.Contains('?', StringComparison.Ordinal))
        {
            return isDay
                ? Problem("uses '?' together with other values; '?' must stand alone", "Write just '?'")
                : Problem("uses '?', which is allowed only in day-of-month or day-of-week", $"Use '*' or a value in {CronFields.Allowed(field)}");
        }

        if (item.Contains('#', StringComparison.Ordinal))
        {
            return field != CronField.DayOfWeek
                ? Problem("uses '#', which is allowed only in day-of-week", $"Use values in {CronFields.Allowed(field)}")
                : inList
                    ? Problem($"combines '{item}' with other items; a '#' expression must be the only one in the field", "Use a single d#n, or several rules")
                    : Problem($"has '{item}', but '#' must be written d#n with d in 1-7 or SUN-SAT and n in 1-5", "Write e.g. 3#2 for the second Tuesday");
        }

        var hasL = item == "L" || LastMinus().IsMatch(item) || item == "LW" || LastOfKindForm().IsMatch(item);
        var hasW = NearestWeekdayForm().IsMatch(item) || item == "LW";
        if (hasW && field != CronField.DayOfMonth)
        {
            return Problem($"uses W ('{item}'), which is allowed only in day-of-month", $"Use values in {CronFields.Allowed(field)}");
        }

        if (hasL && !isDay)
        {
            return Problem($"uses L ('{item}'), which is allowed only in day-of-month and day-of-week", $"Use values in {CronFields.Allowed(field)}");
        }

        if ((hasL || hasW) && inList)
        {
            return Problem($"combines '{item}' with other items; L and W must be the only item in the field", "Use the L or W form alone");
        }

        if (hasL && field == CronField.DayOfMonth)
        {
            return Problem($"has '{item}', but in day-of-month L is written L, L-n or LW", "Write L for the last day of the month");
        }

        if (hasL)
        {
            return Problem($"has '{item}', but in day-of-week L is written L (Saturday) or dL (the last day d of the month)", "Write e.g. 6L for the last Friday");
        }

        return Problem($"has '{item}', which is not a value, a range a-b, a step a/b or '*' (allowed: {CronFields.Allowed(field)}; wildcards {CronFields.Wildcards(field)})",
            "Fix the field");
    }

    /// <summary>Whether an item uses <c>?</c>, <c>#</c>, <c>L</c> or <c>W</c> (which are valid only alone in a day field, handled before).</summary>
    private static bool IsSpecial(string item) =>
        item.Contains('?', StringComparison.Ordinal) || item.Contains('#', StringComparison.Ordinal) || item is "L" or "LW"
        || LastMinus().IsMatch(item) || NearestWeekdayForm().IsMatch(item) || LastOfKindForm().IsMatch(item);

    /// <summary>A field problem, worded "the month field is 'JANUARY', which ..." when the value is the whole field, else "the hours field '1,5%' has '5%', which ...".</summary>
    private static CronProblem FieldProblem(CronField field, string text, string description, string fix)
    {
        var name = CronFields.Name(field);
        foreach (var seen in (string[])[$"has '{text}'", $"has {text},"])
        {
            if (description.StartsWith(seen, StringComparison.OrdinalIgnoreCase))
            {
                return new CronProblem(CronProblemKind.Field, $"the {name} field is {seen[4..]}{description[seen.Length..]}", fix, field);
            }
        }

        return new CronProblem(CronProblemKind.Field, $"the {name} field '{text}' {description}", fix, field);
    }

    private static int DayValue(string token) =>
        char.IsAsciiDigit(token[0]) ? Number(token) : CronFields.DayNames.IndexOf(token) + 1;

    /// <summary>A non-negative number, saturating at <see cref="int.MaxValue"/>.</summary>
    private static int Number(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?<a>\*|[0-9]+|[A-Z]+)(?:-(?<b>[0-9]+|[A-Z]+))?(?:/(?<s>[0-9]+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemForm();

    [GeneratedRegex(@"^L-([0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex LastMinus();

    [GeneratedRegex(@"^([0-9]+)W$", RegexOptions.CultureInvariant)]
    private static partial Regex NearestWeekdayForm();

    [GeneratedRegex(@"^([0-9]+|[A-Z]{3})L$", RegexOptions.CultureInvariant)]
    private static partial Regex LastOfKindForm();

    [GeneratedRegex(@"^([0-9]+|[A-Z]{3})#([0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NthForm();
}
