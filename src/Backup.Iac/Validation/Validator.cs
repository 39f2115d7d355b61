using System.Collections.Immutable;

namespace Backup.Iac.Validation;

/// <summary>
/// Runs every registered validator over the model, construct by construct in tree order, and returns all
/// diagnostics in one pass. The lists below are the single explicit registry (no reflection).
/// </summary>
internal static class Validator
{
    public static readonly IReadOnlyList<IValidator<BackupStack>> StackValidators = [.. StackChecks.All];

    public static readonly IReadOnlyList<IValidator<BackupVault>> VaultValidators = [.. VaultChecks.All, .. LockChecks.All, .. Facts.FactChecks.Vaults];

    public static readonly IReadOnlyList<IValidator<BackupPlan>> PlanValidators = [.. PlanChecks.All];

    public static readonly IReadOnlyList<IValidator<RuleSubject>> RuleValidators = [.. RuleChecks.All, .. ScheduleChecks.All];

    public static readonly IReadOnlyList<IValidator<LifecycleSubject>> LifecycleValidators = [.. LifecycleChecks.All];

    public static readonly IReadOnlyList<IValidator<CopySubject>> CopyValidators = [.. CopyChecks.All];

    public static readonly IReadOnlyList<IValidator<BackupSelection>> SelectionValidators = [.. SelectionChecks.All, .. Facts.FactChecks.Selections];

    public static readonly IReadOnlyList<IValidator<LogicallyAirGappedBackupVault>> AirGappedVaultValidators = [.. AirGappedVaultChecks.All];

    public static readonly IReadOnlyList<IValidator<RestoreTestingPlan>> RestoreTestingPlanValidators = [.. RestoreTestingChecks.Plans];

    public static readonly IReadOnlyList<IValidator<RestoreTestingSelection>> RestoreTestingSelectionValidators = [.. RestoreTestingChecks.Selections];

    public static readonly IReadOnlyList<IValidator<GlobalSettings>> GlobalSettingsValidators = [.. SettingsChecks.Global];

    public static readonly IReadOnlyList<IValidator<RegionSettings>> RegionSettingsValidators = [.. SettingsChecks.Region, .. Facts.FactChecks.RegionSettings];

    public static readonly IReadOnlyList<IValidator<LegalHold>> LegalHoldValidators = [.. LegalHoldChecks.All];

    private static readonly Governance.TieringConfigurationIsValid Tierings = new();

    private static readonly Organizations.BackupPolicyIsValid BackupPolicies = new();

    public static ImmutableArray<Diagnostic> Validate(BackupApp app)
    {
        var context = new ValidationContext(app);
        foreach (var stack in app.Stacks)
        {
            context.Stack = stack;
            Run(StackValidators, stack, context);
            foreach (var node in stack.Descendants())
            {
                switch (node)
                {
                    case BackupVault vault:
                        Run(VaultValidators, vault, context);
                        break;
                    case BackupPlan plan:
                        CheckPlan(plan, context);
                        break;
                    case BackupSelection selection:
                        Run(SelectionValidators, selection, context);
                        break;
                    case LogicallyAirGappedBackupVault vault:
                        Run(AirGappedVaultValidators, vault, context);
                        break;
                    case RestoreTestingPlan plan:
                        Run(RestoreTestingPlanValidators, plan, context);
                        break;
                    case RestoreTestingSelection selection:
                        Run(RestoreTestingSelectionValidators, selection, context);
                        break;
                    case GlobalSettings settings:
                        Run(GlobalSettingsValidators, settings, context);
                        break;
                    case RegionSettings settings:
                        Run(RegionSettingsValidators, settings, context);
                        break;
                    case LegalHold hold:
                        Run(LegalHoldValidators, hold, context);
                        break;
                    case TieringConfiguration tiering:
                        Tierings.Check(tiering, context);
                        break;
                    case Framework framework:
                        Run(AuditChecks.Frameworks, framework, context);
                        break;
                    case ReportPlan reportPlan:
                        Run(AuditChecks.ReportPlans, reportPlan, context);
                        Run(Facts.FactChecks.ReportPlans, reportPlan, context);
                        break;
                    case ResourceTracking tracking:
                        Run(AuditChecks.ResourceTrackings, tracking, context);
                        break;
                    case BackupPolicy policy:
                        BackupPolicies.Check(policy, context);
                        break;
                }
            }
        }

        Organizations.OrganizationChecks.Check(app, context);
        Organizations.RolloutChecks.Check(app, context);
        AcknowledgementChecks.Check(app, context.Found, context);
        return [.. context.Result()];
    }

    private static void CheckPlan(BackupPlan plan, ValidationContext context)
    {
        Run(PlanValidators, plan, context);
        for (var i = 0; i < plan.Rules.Count; i++)
        {
            var rule = new RuleSubject(plan, i, plan.Rules[i]);
            Run(RuleValidators, rule, context);
            if (rule.Rule.Lifecycle is { } lifecycle)
            {
                Run(LifecycleValidators, new LifecycleSubject(rule, lifecycle, null, -1), context);
            }

            for (var c = 0; c < rule.Rule.CopyActions.Count; c++)
            {
                var copy = rule.Rule.CopyActions[c];
                Run(CopyValidators, new CopySubject(rule, copy, c), context);
                if (copy.Lifecycle is { } copyLifecycle)
                {
                    Run(LifecycleValidators, new LifecycleSubject(rule, copyLifecycle, copy, c), context);
                }
            }
        }
    }

    private static void Run<T>(IReadOnlyList<IValidator<T>> validators, T subject, ValidationContext context)
    {
        for (var i = 0; i < validators.Count; i++)
        {
            validators[i].Check(subject, context);
        }
    }
}
