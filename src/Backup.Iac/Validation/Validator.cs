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

    public static readonly IReadOnlyList<IValidator<LogicallyAirGappedBackupVault>> AirGappedVaultValidators = [.. AirGappedVaultChecks.All, .. Facts.FactChecks.AirGappedVaults];

    public static readonly IReadOnlyList<IValidator<RestoreTestingPlan>> RestoreTestingPlanValidators = [.. RestoreTestingChecks.Plans];

    public static readonly IReadOnlyList<IValidator<RestoreTestingSelection>> RestoreTestingSelectionValidators = [.. RestoreTestingChecks.Selections];

    public static readonly IReadOnlyList<IValidator<GlobalSettings>> GlobalSettingsValidators = [.. SettingsChecks.Global];

    public static readonly IReadOnlyList<IValidator<RegionSettings>> RegionSettingsValidators = [.. SettingsChecks.Region, .. Facts.FactChecks.RegionSettings];

    public static readonly IReadOnlyList<IValidator<LegalHold>> LegalHoldValidators = [.. LegalHoldChecks.All];

    private static readonly Governance.TieringConfigurationIsValid Tierings = new();

    private static readonly Organizations.BackupPolicyIsValid BackupPolicies = new();

    /// <summary>
    /// The checks of each construct type, run on every construct of that type in tree order (the per-construct
    /// registry; a kinds test fails when a resource kind is neither here nor on its list of kinds checked elsewhere).
    /// </summary>
    internal static readonly IReadOnlyDictionary<Type, Action<Construct, ValidationContext>> ConstructChecks = new Dictionary<Type, Action<Construct, ValidationContext>>
    {
        [typeof(BackupVault)] = (node, context) => Run(VaultValidators, (BackupVault)node, context),
        [typeof(BackupPlan)] = (node, context) => CheckPlan((BackupPlan)node, context),
        [typeof(BackupSelection)] = (node, context) => Run(SelectionValidators, (BackupSelection)node, context),
        [typeof(LogicallyAirGappedBackupVault)] = (node, context) => Run(AirGappedVaultValidators, (LogicallyAirGappedBackupVault)node, context),
        [typeof(RestoreTestingPlan)] = (node, context) => Run(RestoreTestingPlanValidators, (RestoreTestingPlan)node, context),
        [typeof(RestoreTestingSelection)] = (node, context) => Run(RestoreTestingSelectionValidators, (RestoreTestingSelection)node, context),
        [typeof(GlobalSettings)] = (node, context) => Run(GlobalSettingsValidators, (GlobalSettings)node, context),
        [typeof(RegionSettings)] = (node, context) => Run(RegionSettingsValidators, (RegionSettings)node, context),
        [typeof(LegalHold)] = (node, context) => Run(LegalHoldValidators, (LegalHold)node, context),
        [typeof(TieringConfiguration)] = (node, context) => Tierings.Check((TieringConfiguration)node, context),
        [typeof(Framework)] = (node, context) => Run(AuditChecks.Frameworks, (Framework)node, context),
        [typeof(ReportPlan)] = (node, context) =>
        {
            Run(AuditChecks.ReportPlans, (ReportPlan)node, context);
            Run(Facts.FactChecks.ReportPlans, (ReportPlan)node, context);
        },
        [typeof(ResourceTracking)] = (node, context) => Run(AuditChecks.ResourceTrackings, (ResourceTracking)node, context),
        [typeof(BackupPolicy)] = (node, context) => BackupPolicies.Check((BackupPolicy)node, context),
        [typeof(BackupServiceRole)] = (node, context) => Roles.GeneratedRoleChecks.Instance.Check((BackupServiceRole)node, context),
    };

    public static ImmutableArray<Diagnostic> Validate(BackupApp app)
    {
        var context = new ValidationContext(app);
        foreach (var stack in app.Stacks)
        {
            context.Stack = stack;
            Run(StackValidators, stack, context);
            foreach (var node in stack.Descendants())
            {
                // A construct type without an entry has no checks of its own; the kinds tests list those types explicitly.
                if (ConstructChecks.TryGetValue(node.GetType(), out var check))
                {
                    check(node, context);
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
