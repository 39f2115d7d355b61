using System.Collections.Immutable;
using System.Globalization;
using Backup.Iac.Graph;
using Backup.Iac.Validation;
using Backup.Iac.Validation.AuditManager;
using Backup.Iac.Validation.Copies;
using Backup.Iac.Validation.Vaults;

namespace Backup.Iac.Auditing;

/// <summary>
/// Judges one control against the estate of its framework's account and Region, as far as the model decides it; what
/// depends on jobs, restore times or resources that exist is left to AWS (<see cref="ComplianceStatus.RunTimeOnly"/>).
/// </summary>
internal static class ControlEvaluator
{
    private const string Hours = "hours";

    public static ControlAudit Evaluate(AuditEstate estate, int index, FrameworkControl control)
    {
        var at = ConstructPath.Item(nameof(FrameworkProps.Controls), index).Under(estate.Framework);
        var definition = control.Definition;
        if (definition is null)
        {
            return new ControlAudit(index, control.ControlName, ComplianceStatus.RunTimeOnly, [new AuditFinding(at, ComplianceStatus.RunTimeOnly, "The control is not one of the documented controls; it cannot be judged before deployment.")]);
        }

        var (findings, requirement, note) = definition.Code switch
        {
            "BP" => (PlanCoverage(estate, control, at), "every resource in scope is in a backup selection", (string?)"Which resources exist is known only at run time; resources selected by tag or ARN are covered if they carry the tag or match."),
            "FREQ" => Frequency(estate, control),
            "DEL" => Deletion(estate, control),
            "ENC" => (Encryption(estate, control), "recovery points are encrypted", "Backups of types without full AWS Backup management keep the encryption of their source (for example the EBS volume), which is not in the model."),
            "RET" => Retention(estate, control),
            "XREG" => Copies(estate, control, crossRegion: true),
            "XACC" => Copies(estate, control, crossRegion: false),
            "LOCK" => VaultLock(estate, control),
            "LAST" => LastRecoveryPoint(estate, control),
            "RTIME" => RestoreTime(estate, control),
            _ => ([], "", null),
        };

        return new ControlAudit(index, definition.Name, RollUp(findings), [.. findings])
        {
            Evaluates = $"{definition.Evaluates}, {definition.Schedule}",
            Requirement = requirement,
            RunTimeNote = note,
        };
    }

    /// <summary>Non-compliant if any finding is; else run time if any is; else compliant if any is; else insufficient data (PRE-009, PRE-010).</summary>
    public static ComplianceStatus RollUp(IEnumerable<ComplianceStatus> statuses)
    {
        var all = statuses.ToList();
        return all.Contains(ComplianceStatus.NonCompliant) ? ComplianceStatus.NonCompliant
            : all.Contains(ComplianceStatus.RunTimeOnly) ? ComplianceStatus.RunTimeOnly
            : all.Contains(ComplianceStatus.Compliant) ? ComplianceStatus.Compliant
            : ComplianceStatus.InsufficientData;
    }

    private static ComplianceStatus RollUp(IEnumerable<AuditFinding> findings) => RollUp(findings.Select(f => f.Status));

    private static AuditFinding Finding(string path, ComplianceStatus status, string reason) => new(path, status, reason);

    private static string Names(IEnumerable<SelectionFacts> selections) => string.Join(", ", selections.Select(s => s.Selection.Path));

    /// <summary>BACKUP_RESOURCES_PROTECTED_BY_BACKUP_PLAN: whether the selections cover what the scope names (CTRL-BP-02: by type by default).</summary>
    private static List<AuditFinding> PlanCoverage(AuditEstate estate, FrameworkControl control, string at)
    {
        var selections = estate.Selections;
        var scope = control.Scope;
        var findings = new List<AuditFinding>();

        AuditFinding Judge(string what, Func<SelectionFacts, bool> covers, Func<SelectionFacts, bool> mayCover)
        {
            if (selections.FirstOrDefault(covers) is { } full)
            {
                return Finding(full.Selection.Path, ComplianceStatus.Compliant, $"It selects {what}.");
            }

            var partial = selections.Where(mayCover).ToList();
            return partial.Count > 0
                ? Finding(at, ComplianceStatus.RunTimeOnly, $"For {what}: {Names(partial)} may pick them by ARN or tag; whether each is covered depends on the resources that exist.")
                : Finding(at, ComplianceStatus.NonCompliant, $"For {what}: no backup selection of {AuditFacts.Describe(estate.Framework.Stack)} can pick them, so they would be unprotected. Add a selection.");
        }

        if (scope is null || scope.IsEmpty)
        {
            findings.Add(Judge("all resources", s => s.Everything, _ => true));
        }
        else if (scope.ComplianceResourceIds is { } ids)
        {
            var type = scope.ComplianceResourceTypes.Count == 1 ? AuditEstate.Normalize(scope.ComplianceResourceTypes[0]) : null;
            foreach (var id in ids)
            {
                findings.Add(Judge($"the resource {id}", s => s.SelectsId(id), s => type is null || s.Types.Contains(type)));
            }
        }
        else if (scope.Tags is { Count: > 0 } tags)
        {
            var (key, value) = tags.First();
            var tag = value.Length == 0 ? $"resources tagged {key}" : $"resources tagged {key}={value}";
            findings.Add(Judge(tag, s => s.SelectsTag(key, value), s => s.Arns.Count > 0));
        }
        else
        {
            foreach (var type in scope.ComplianceResourceTypes.Select(AuditEstate.Normalize).Distinct(StringComparer.Ordinal))
            {
                findings.Add(Judge($"every {type} resource", s => s.SelectsAllOf(type), s => s.Types.Contains(type)));
            }
        }

        return findings;
    }

    /// <summary>BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK: a plan complies when one rule meets both (CTRL-FREQ-06).</summary>
    private static (List<AuditFinding>, string, string?) Frequency(AuditEstate estate, FrameworkControl control)
    {
        var unit = control.Parameter("requiredFrequencyUnit") ?? "days";
        var value = Whole(control.Parameter("requiredFrequencyValue") ?? "1");
        var days = Whole(control.Parameter("requiredRetentionDays") ?? "35");
        if (value is null || days is null || unit is not ("hours" or "days"))
        {
            return ([], "parameters unknown before deployment", "A parameter is given at deploy time (or invalid), so only AWS can judge the plans.");
        }

        var frequency = unit == Hours ? TimeSpan.FromHours(value.Value) : TimeSpan.FromDays(value.Value);
        var requirement = $"a rule runs at least every {ScheduleGaps.Describe(frequency)} and keeps recovery points {days} days or more";
        var scope = control.Scope;
        var plans = estate.Plans.Where(p => scope is null || scope.IsEmpty
            || (scope.Tags is { Count: > 0 } tags ? AuditEstate.HasTag(p.Props.Tags, tags.First().Key, tags.First().Value ?? "")
                : scope.ComplianceResourceIds is { } ids ? ids.Any(id => id == p.BackupPlanId || id == p.BackupPlanName)
                : true)).ToList();
        var findings = new List<AuditFinding>();
        foreach (var plan in plans)
        {
            var judged = plan.Rules.Select((rule, i) => (Name: plan.RuleNameAt(i), Gap: ScheduleGaps.Of(rule), Keep: RetentionDays(rule.Lifecycle))).ToList();
            var meets = judged.FirstOrDefault(r => r.Gap is { } g && g <= frequency && (r.Keep is null || r.Keep >= days));
            if (meets.Name is not null)
            {
                findings.Add(Finding(plan.Path, ComplianceStatus.Compliant, $"Rule {meets.Name} runs up to {ScheduleGaps.Describe(meets.Gap ?? TimeSpan.Zero)} apart and keeps {Keep(meets.Keep)}."));
            }
            else if (judged.Any(r => r.Gap is null))
            {
                findings.Add(Finding(plan.Path, ComplianceStatus.RunTimeOnly, "A rule's schedule is known only at deploy time."));
            }
            else
            {
                var rules = judged.Count == 0 ? "The plan has no rules"
                    : "No rule meets both: " + string.Join("; ", judged.Select(r => $"{r.Name} runs up to {ScheduleGaps.Describe(r.Gap ?? TimeSpan.Zero)} apart and keeps {Keep(r.Keep)}"));
                findings.Add(Finding(plan.Path, ComplianceStatus.NonCompliant, rules + $" (required: every {ScheduleGaps.Describe(frequency)}, {days} days)."));
            }
        }

        return (findings, requirement, null);
    }

    /// <summary>BACKUP_RECOVERY_POINT_MANUAL_DELETION_DISABLED: a vault complies when its access policy denies backup:DeleteRecoveryPoint to everyone (CTRL-DEL-05).</summary>
    private static (List<AuditFinding>, string, string?) Deletion(AuditEstate estate, FrameworkControl control)
    {
        var exempt = control.Parameter("principalArnList") is { } list ? AuditFacts.Items(list).Length : 0;
        var scope = control.Scope;
        var vaults = estate.Vaults.Select(v => (Path: v.Path, Name: v.VaultName, Tags: v.Props.Tags, Policy: v.AccessPolicy))
            .Concat(estate.AirGappedVaults.Select(v => (Path: v.Path, Name: v.VaultName, Tags: v.Props.Tags, Policy: v.AccessPolicy)))
            .Where(v => scope is null || scope.IsEmpty
                || (scope.Tags is { Count: > 0 } tags ? AuditEstate.HasTag(v.Tags, tags.First().Key, tags.First().Value ?? "")
                    : scope.ComplianceResourceIds is not { } ids || ids.Contains(v.Name)))
            .ToList();
        var findings = vaults.Select(v => v.Policy is null
            ? Finding(v.Path, ComplianceStatus.NonCompliant, "The vault has no access policy, so any principal with IAM permissions can delete its recovery points. Add VaultAccessPolicy.DenyRecoveryPointDeletion().")
            : DenyStatus(v.Path, v.Policy)).ToList();
        return (findings, exempt == 0 ? "vaults deny manual deletion of recovery points, with no exceptions" : $"vaults deny manual deletion of recovery points, except {exempt} role(s)", null);
    }

    private static AuditFinding DenyStatus(string path, VaultAccessPolicy policy)
    {
        var view = PolicyView.Of(policy);
        if (view.Problem is not null)
        {
            return Finding(path, ComplianceStatus.RunTimeOnly, $"The access policy {view.Problem}; validation reports it.");
        }

        var denies = view.Statements.Where(s => PolicyView.Effect(s) == "Deny" && EveryoneIn(s)
            && PolicyView.Strings(s, "Action").Any(a => !Token.IsUnresolved(a) && Wildcards.Glob("backup:deleterecoverypoint", a.ToLowerInvariant()))).ToList();
        if (denies.Count == 0)
        {
            return Finding(path, ComplianceStatus.NonCompliant, "The access policy has no statement that denies backup:DeleteRecoveryPoint to every principal. Add VaultAccessPolicy.DenyRecoveryPointDeletion().");
        }

        return denies.Any(s => !s.Entries.ContainsKey("Condition"))
            ? Finding(path, ComplianceStatus.Compliant, "The access policy denies backup:DeleteRecoveryPoint to every principal.")
            : Finding(path, ComplianceStatus.RunTimeOnly, "The access policy denies backup:DeleteRecoveryPoint with a condition; AWS judges the exceptions against principalArnList.");
    }

    private static bool EveryoneIn(MapValue statement) => statement.Entries.TryGetValue("Principal", out var p) && p switch
    {
        StringValue { Text: "*" } => true,
        MapValue m => m.Entries.TryGetValue("AWS", out var aws) && (aws is StringValue { Text: "*" } || aws is ListValue l && l.Items.Any(i => i is StringValue { Text: "*" })),
        _ => false,
    };

    /// <summary>BACKUP_RECOVERY_POINT_ENCRYPTED: fully managed types are encrypted with the vault's key; other types follow their source (CTRL-ENC-03).</summary>
    private static List<AuditFinding> Encryption(AuditEstate estate, FrameworkControl control)
    {
        var findings = new List<AuditFinding>();
        foreach (var selection in estate.SelectionsIn(control.Scope))
        {
            var notManaged = selection.Types.Where(t => ResourceTypeFacts.Features.TryGetValue(t, out var f) && !f.FullManagement).Order(StringComparer.Ordinal).ToList();
            findings.Add(notManaged.Count == 0
                ? Finding(selection.Selection.Path, ComplianceStatus.Compliant, $"It selects only {string.Join(", ", selection.Types.Order(StringComparer.Ordinal))}, whose backups AWS Backup encrypts with the vault's key.")
                : Finding(selection.Selection.Path, ComplianceStatus.RunTimeOnly,
                    $"It can select {string.Join(", ", notManaged)}, whose backups keep the encryption of the source resource (not in the model)."));
        }

        return findings;
    }

    /// <summary>BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK: each rule of a plan that backs up resources in scope keeps its recovery points long enough.</summary>
    private static (List<AuditFinding>, string, string?) Retention(AuditEstate estate, FrameworkControl control)
    {
        if (Whole(control.Parameter("requiredRetentionDays") ?? "35") is not { } days)
        {
            return ([], "a retention given at deploy time", "The retention is given at deploy time, so only AWS can judge the recovery points.");
        }

        var findings = new List<AuditFinding>();
        foreach (var plan in estate.SelectionsIn(control.Scope).Select(s => s.Selection.Plan).Distinct())
        {
            for (var i = 0; i < plan.Rules.Count; i++)
            {
                var keep = RetentionDays(plan.Rules[i].Lifecycle);
                var path = ConstructPath.Item(nameof(BackupPlanProps.Rules), plan.RuleNameAt(i)).Under(plan);
                findings.Add(keep is null || keep >= days
                    ? Finding(path, ComplianceStatus.Compliant, $"Its recovery points are kept {Keep(keep)}.")
                    : Finding(path, ComplianceStatus.NonCompliant, $"Its recovery points are kept {keep} days, less than the required {days} days. Set Lifecycle.DeleteAfter to {days} days or more."));
            }
        }

        return (findings, $"recovery points are kept {days} days or more", null);
    }

    /// <summary>BACKUP_RESOURCES_PROTECTED_BY_CROSS_REGION / _ACCOUNT: a rule of the selection's plan copies to another Region (account).</summary>
    private static (List<AuditFinding>, string, string?) Copies(AuditEstate estate, FrameworkControl control, bool crossRegion)
    {
        var parameter = crossRegion ? "crossRegionList" : "crossAccountList";
        var wanted = control.Parameter(parameter) is { } list ? AuditFacts.Items(list) : [];
        var what = crossRegion ? "Region" : "account";
        var requirement = wanted.Length == 0 ? $"a copy goes to another {what}" : $"a copy goes to {string.Join(" or ", wanted)}";
        if (wanted.Any(Token.IsUnresolved))
        {
            return ([], requirement, $"The {what}s are given at deploy time, so only AWS can judge the copies.");
        }

        var findings = new List<AuditFinding>();
        foreach (var selection in estate.SelectionsIn(control.Scope))
        {
            var plan = selection.Selection.Plan;
            var rdsFamilyOnly = selection.Types.Count > 0 && selection.Types.All(t => t is ResourceTypeFacts.Rds or ResourceTypeFacts.Aurora or ResourceTypeFacts.DocumentDb or ResourceTypeFacts.Neptune);
            var copies = plan.Rules.SelectMany((rule, i) => rule.CopyActions.Select(c => (Rule: plan.RuleNameAt(i), To: CopyDestination.Of(c.Destination, estate.Context)))).ToList();
            var source = crossRegion ? estate.Region : estate.Account;
            string? Where(CopyDestination d) => crossRegion ? d.Region : d.Account;
            var qualifying = copies.FirstOrDefault(c => source is not null && Where(c.To) is { } to && to != source && (wanted.Length == 0 || wanted.Contains(to))
                && !(rdsFamilyOnly && c.To.IsCrossRegion(estate.Context) && c.To.IsCrossAccount(estate.Context)));
            if (qualifying.Rule is not null)
            {
                findings.Add(Finding(selection.Selection.Path, ComplianceStatus.Compliant, $"Rule {qualifying.Rule} of {plan.Path} copies to {what} {Where(qualifying.To)}."));
            }
            else if (source is null || copies.Any(c => Where(c.To) is null))
            {
                findings.Add(Finding(selection.Selection.Path, ComplianceStatus.RunTimeOnly, $"The {what} of the stack or of a copy destination is known only at deploy time."));
            }
            else
            {
                var seen = copies.Count == 0 ? $"{plan.Path} has no copy action" : $"the copies of {plan.Path} go to {string.Join(", ", copies.Select(c => Where(c.To)).Distinct())}";
                var rds = rdsFamilyOnly && copies.Any(c => c.To.IsCrossRegion(estate.Context) && c.To.IsCrossAccount(estate.Context))
                    ? " (an RDS, Aurora, DocumentDB or Neptune copy cannot cross a Region and an account at once)" : "";
                findings.Add(Finding(selection.Selection.Path, ComplianceStatus.NonCompliant, $"No backup of it is copied as required: {seen}{rds}. Add CopyAction.To(...) to a rule."));
            }
        }

        return (findings, requirement, "Copies that fail at run time (permissions, keys) are not judged.");
    }

    /// <summary>BACKUP_RESOURCES_PROTECTED_BY_BACKUP_VAULT_LOCK: a vault the selection's plan writes to is locked within the bounds (CTRL-LOCK-02).</summary>
    private static (List<AuditFinding>, string, string?) VaultLock(AuditEstate estate, FrameworkControl control)
    {
        var min = Whole(control.Parameter("minRetentionDays") ?? "");
        var max = Whole(control.Parameter("maxRetentionDays") ?? "");
        var bounds = string.Join(", ", new[] { min is { } a ? $"minimum retention at least {a} days" : null, max is { } b ? $"maximum retention at most {b} days" : null }.OfType<string>());
        var requirement = "backups are stored in a locked vault" + (bounds.Length > 0 ? " (" + bounds + ")" : "");
        var findings = new List<AuditFinding>();
        foreach (var selection in estate.SelectionsIn(control.Scope))
        {
            var plan = selection.Selection.Plan;
            var vaults = plan.Rules.SelectMany((rule, i) => new[] { plan.VaultOf(i), rule.LogicallyAirGappedVault }.Concat(rule.CopyActions.Select(c => c.Destination)))
                .OfType<IBackupVault>().Distinct().ToList();
            var judged = vaults.Select(v => (Vault: v, Locked: Lock(v))).ToList();
            var ok = judged.FirstOrDefault(v => v.Locked is { } l && (min is null || l.Min >= min) && (max is null || (l.Max is { } m && m <= max)));
            if (ok.Vault is not null)
            {
                findings.Add(Finding(selection.Selection.Path, ComplianceStatus.Compliant, $"Its backups go to the locked vault {CopyDestination.Describe(ok.Vault)}."));
            }
            else if (judged.Any(v => v.Vault is ExternalBackupVault))
            {
                findings.Add(Finding(selection.Selection.Path, ComplianceStatus.RunTimeOnly, "Its backups go to a vault outside the app, whose lock is not in the model."));
            }
            else
            {
                var why = judged.Count == 0 ? "its plan writes to no vault"
                    : string.Join("; ", judged.Select(v => v.Locked is { } l ? $"{CopyDestination.Describe(v.Vault)} is locked with minimum {l.Min} and maximum {(l.Max is { } m ? m + " days" : "none")}" : $"{CopyDestination.Describe(v.Vault)} has no lock"));
                findings.Add(Finding(selection.Selection.Path, ComplianceStatus.NonCompliant, $"No vault it is backed up to is locked as required: {why}. Set Lock = VaultLock.Governance(...) or Compliance(...)."));
            }
        }

        return (findings, requirement, "The control's comparison of lock bounds follows the parameter names (minimum at least minRetentionDays, maximum at most maxRetentionDays).");
    }

    private static (long Min, long? Max)? Lock(IBackupVault vault) => vault switch
    {
        // A bound known only at deploy time is not judged: the lock counts as without that bound.
        BackupVault { Props.Lock: { } l } => (Validation.Known.Value(l.MinRetention)?.TotalDays ?? 1, Validation.Known.Value(l.MaxRetention)?.TotalDays),
        LogicallyAirGappedBackupVault lag => (Validation.Known.Value(lag.Props.MinRetention)?.TotalDays ?? 1, Validation.Known.Value(lag.Props.MaxRetention)?.TotalDays),
        _ => null,
    };

    /// <summary>BACKUP_LAST_RECOVERY_POINT_CREATED: a schedule that cannot create a recovery point within the time frame is non-compliant; otherwise AWS judges the jobs (CTRL-LAST-02).</summary>
    private static (List<AuditFinding>, string, string?) LastRecoveryPoint(AuditEstate estate, FrameworkControl control)
    {
        var unit = control.Parameter("recoveryPointAgeUnit") ?? "days";
        if (Whole(control.Parameter("recoveryPointAgeValue") ?? "1") is not { } value || unit is not ("hours" or "days"))
        {
            return ([], "a time frame given at deploy time", "The time frame is given at deploy time, so only AWS can judge it.");
        }

        var frame = unit == Hours ? TimeSpan.FromHours(value) : TimeSpan.FromDays(value);
        var findings = new List<AuditFinding>();
        foreach (var selection in estate.SelectionsIn(control.Scope))
        {
            var plan = selection.Selection.Plan;
            var gaps = plan.Rules.Select(ScheduleGaps.Of).ToList();
            if (gaps.Count == 0 || gaps.Any(g => g is null))
            {
                findings.Add(Finding(selection.Selection.Path, ComplianceStatus.RunTimeOnly, "A rule's schedule is known only at deploy time."));
                continue;
            }

            var best = gaps.Min(g => g ?? TimeSpan.MaxValue);
            findings.Add(best > frame
                ? Finding(selection.Selection.Path, ComplianceStatus.NonCompliant, $"The most frequent rule of {plan.Path} runs only every {ScheduleGaps.Describe(best)}, so its newest recovery point is at times older than {ScheduleGaps.Describe(frame)}.")
                : Finding(selection.Selection.Path, ComplianceStatus.RunTimeOnly, $"{plan.Path} runs every {ScheduleGaps.Describe(best)}; whether the jobs succeed is known at run time."));
        }

        return (findings, $"a recovery point at most {ScheduleGaps.Describe(frame)} old", "Only running resources are evaluated, and only jobs that succeed create recovery points.");
    }

    /// <summary>RESTORE_TIME_FOR_RESOURCES_MEET_TARGET: judged only at run time, from restore (testing) jobs (CTRL-RTIME-02, CTRL-RTIME-03).</summary>
    private static (List<AuditFinding>, string, string?) RestoreTime(AuditEstate estate, FrameworkControl control)
    {
        var minutes = control.Parameter("maxRestoreTime");
        var types = control.Scope?.ComplianceResourceTypes.Select(AuditEstate.Normalize).ToList() ?? [];
        var tests = estate.RestoreTests.Where(t => types.Count == 0 || types.Contains(AuditEstate.Normalize(t.Options.ProtectedResourceType))).ToList();
        var findings = tests.Select(t => Finding(t.Path, ComplianceStatus.RunTimeOnly,
            $"Restore tests of {t.Options.ProtectedResourceType} measure the restore time; AWS compares the latest with {minutes ?? "the target"} minutes.")).ToList();
        return (findings, $"restores finish within {minutes ?? "the target"} minutes",
            "Restore times come from restore jobs (in practice restore testing jobs) and vary even for the same resources; AWS gives no restore-time SLA.");
    }

    private static long? Whole(string text) => !Token.IsUnresolved(text) && AuditFacts.TryWhole(text, out var n) ? n : null;

    /// <summary>How long a rule keeps recovery points, in days; null when they are never deleted.</summary>
    private static long? RetentionDays(Lifecycle? lifecycle) => lifecycle?.DeleteAfter is { IsUnresolved: false, TotalDays: > 0 } d ? d.TotalDays : null;

    private static string Keep(long? days) => days is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d} days") : "until deleted";
}
