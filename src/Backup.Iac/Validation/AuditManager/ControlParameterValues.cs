using System.Globalization;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.AuditManager;

/// <summary>
/// The values of the documented parameters: CTRL-FREQ-01..04, CTRL-DEL-01..03, CTRL-RET-01/02, CTRL-XREG-01,
/// CTRL-XACC-01, CTRL-LOCK-01, CTRL-LAST-01 and CTRL-RTIME-01. Values unknown at synth time are not checked.
/// </summary>
internal sealed class ControlParameterValues : IValidator<Framework>
{
    private const string Hours = "hours";
    private const string Days = "days";

    public void Check(Framework framework, ValidationContext context)
    {
        foreach (var s in ControlSubject.Of(framework, ControlCatalog.BackupPlanMinFrequencyAndMinRetention))
        {
            Frequency(s, context);
        }

        foreach (var s in ControlSubject.Of(framework, ControlCatalog.RecoveryPointManualDeletionDisabled))
        {
            Deletion(s, context);
        }

        foreach (var s in ControlSubject.Of(framework, ControlCatalog.RecoveryPointMinimumRetention))
        {
            Retention(s, "requiredRetentionDays", ControlConstraints.RetentionWholeDays, ControlConstraints.RetentionShort, context);
        }

        foreach (var s in ControlSubject.Of(framework, ControlCatalog.ResourcesProtectedByCrossRegion))
        {
            if (s.Known("crossRegionList") is { } list && AuditFacts.Items(list).FirstOrDefault(r => !Patterns.Region().IsMatch(r)) is { } bad)
            {
                context.Report(ControlConstraints.CrossRegionList, framework, s.SubPath, ControlSubject.Property("crossRegionList"), bad);
            }
        }

        foreach (var s in ControlSubject.Of(framework, ControlCatalog.ResourcesProtectedByCrossAccount))
        {
            if (s.Known("crossAccountList") is not { } list)
            {
                continue;
            }

            var items = AuditFacts.Items(list);
            var problem = items.Length > 5 ? string.Create(CultureInfo.InvariantCulture, $"names {items.Length} accounts")
                : items.FirstOrDefault(a => !Patterns.AccountId().IsMatch(a)) is { } bad ? $"has '{bad}', which is not a 12-digit account ID"
                : null;
            if (problem is not null)
            {
                context.Report(ControlConstraints.CrossAccountList, framework, s.SubPath, ControlSubject.Property("crossAccountList"), problem);
            }
        }

        foreach (var s in ControlSubject.Of(framework, ControlCatalog.ResourcesProtectedByBackupVaultLock))
        {
            VaultLock(s, context);
        }

        foreach (var s in ControlSubject.Of(framework, ControlCatalog.LastRecoveryPointCreated))
        {
            LastRecoveryPoint(s, context);
        }

        foreach (var s in ControlSubject.Of(framework, ControlCatalog.RestoreTimeForResourcesMeetTarget))
        {
            if (s.Known("maxRestoreTime") is { } time && (!AuditFacts.TryWhole(time, out var minutes) || minutes < 1))
            {
                context.Report(ControlConstraints.RestoreTimeMinutes, framework, s.SubPath, ControlSubject.Property("maxRestoreTime"), time);
            }
        }
    }

    private static void Frequency(ControlSubject s, ValidationContext context)
    {
        var unit = s.Known("requiredFrequencyUnit");
        if (unit is not null && unit is not (Hours or Days))
        {
            context.Report(ControlConstraints.FrequencyUnit, s.Framework, s.SubPath, ControlSubject.Property("requiredFrequencyUnit"), unit);
        }

        if (s.Known("requiredFrequencyValue") is { } value && (unit ?? Days) is Hours or Days)
        {
            var effectiveUnit = unit ?? Days;
            var max = effectiveUnit == Hours ? 24 : 31;
            if (!AuditFacts.TryWhole(value, out var n) || n < 1 || n > max)
            {
                var fix = n > max && effectiveUnit == Hours ? "For more than 24 hours, require whole days instead (Duration.Days(n))"
                    : n > max ? "Require at most 31 days"
                    : "Give a whole number of at least 1";
                context.Report(ControlConstraints.FrequencyValue, s.Framework, s.SubPath, ControlSubject.Property("requiredFrequencyValue"),
                    value, "(" + effectiveUnit + (unit is null ? ", the default unit" : "") + ")", fix);
            }
        }

        Retention(s, "requiredRetentionDays", ControlConstraints.FrequencyRetentionWholeDays, ControlConstraints.FrequencyRetentionShort, context);
    }

    private static void Retention(ControlSubject s, string parameter, Constraint whole, Constraint shortRetention, ValidationContext context)
    {
        if (s.Known(parameter) is not { } value)
        {
            return;
        }

        if (!AuditFacts.TryWhole(value, out var days) || days < 1)
        {
            context.Report(whole, s.Framework, s.SubPath, ControlSubject.Property(parameter), value);
        }
        else if (days < 7)
        {
            context.Report(shortRetention, s.Framework, s.SubPath, ControlSubject.Property(parameter), Duration.Days(days).ToString());
        }
    }

    private static void Deletion(ControlSubject s, ValidationContext context)
    {
        const string Name = "principalArnList";
        if (s.Control.Parameter(Name) is not { } raw)
        {
            return;
        }

        var items = AuditFacts.Items(raw);
        if (items.Length > 5)
        {
            context.Report(ControlConstraints.DeletionExemptionCount, s.Framework, s.SubPath, ControlSubject.Property(Name), items.Length);
        }

        foreach (var item in items.Where(i => !Token.IsUnresolved(i)))
        {
            if (!item.StartsWith("arn:", StringComparison.Ordinal))
            {
                context.Report(ControlConstraints.DeletionExemptionArn, s.Framework, s.SubPath, ControlSubject.Property(Name), item);
            }
            else if (!AuditFacts.RoleArn().IsMatch(item))
            {
                context.Report(ControlConstraints.DeletionExemptionNotRole, s.Framework, s.SubPath, ControlSubject.Property(Name), item);
            }
        }

        if (raw.Any(char.IsWhiteSpace))
        {
            context.Report(ControlConstraints.DeletionExemptionSpaces, s.Framework, s.SubPath, ControlSubject.Property(Name));
        }
    }

    private static void VaultLock(ControlSubject s, ValidationContext context)
    {
        long? Read(string name, List<string> problems)
        {
            if (s.Known(name) is not { } text)
            {
                return null;
            }

            if (!AuditFacts.TryWhole(text, out var days) || days < 1 || days > 36_500)
            {
                problems.Add($"{name} is '{text}'");
                return null;
            }

            return days;
        }

        var problems = new List<string>();
        var min = Read("minRetentionDays", problems);
        var max = Read("maxRetentionDays", problems);
        if (min is { } lo && max is { } hi && lo > hi)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"minRetentionDays ({lo}) is above maxRetentionDays ({hi})"));
        }

        if (problems.Count > 0)
        {
            var property = problems[0].StartsWith("maxRetentionDays", StringComparison.Ordinal) ? "maxRetentionDays" : "minRetentionDays";
            context.Report(ControlConstraints.VaultLockBounds, s.Framework, s.SubPath, ControlSubject.Property(property), string.Join("; ", problems));
        }
    }

    private static void LastRecoveryPoint(ControlSubject s, ValidationContext context)
    {
        var unit = s.Known("recoveryPointAgeUnit");
        var value = s.Known("recoveryPointAgeValue");
        string? problem = null;
        if (unit is not null && unit is not (Hours or Days))
        {
            problem = $"recoveryPointAgeUnit is '{unit}'";
        }
        else if (value is not null)
        {
            var max = (unit ?? Days) == Hours ? 744 : 31;
            if (!AuditFacts.TryWhole(value, out var n) || n < 1 || n > max)
            {
                problem = $"recoveryPointAgeValue is '{value}' ({unit ?? Days}{(unit is null ? ", the default unit" : "")})";
            }
        }

        if (problem is not null)
        {
            context.Report(ControlConstraints.LastRecoveryPointWindow, s.Framework, s.SubPath,
                ControlSubject.Property(problem.StartsWith("recoveryPointAgeUnit", StringComparison.Ordinal) ? "recoveryPointAgeUnit" : "recoveryPointAgeValue"), problem);
        }
    }
}
