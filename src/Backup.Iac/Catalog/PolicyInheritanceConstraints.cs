namespace Backup.Iac.Catalog;

/// <summary>Inheritance operators and effective policies (OPS, governance catalog §6.5): codes BKP6201-BKP6299.</summary>
internal static class PolicyInheritanceConstraints
{
    public static readonly Constraint Operator = new(
        "BKP6201", "OPS-001", Severity.Error,
        "Settings use the documented inheritance operators",
        "{0}. The value-setting operators are @@assign, @@append and @@remove (one per setting), and @@operators_allowed_for_child_policies is the child control operator.",
        "DG §Creating a backup policy L16359, L16367; Org inheritance operators (not in seeds)",
        Orgs.Operators);

    public static readonly Constraint ListOperator = new(
        "BKP6202", "OPS-002", Severity.Error,
        "@@append and @@remove apply to lists only",
        "{0} is a single-valued setting, so {1} cannot apply to it (AWS Organizations allows @@append and @@remove only on multi-valued settings such as regions and tag_value). Use @@assign.",
        "Org inheritance operators (not in seeds)",
        Orgs.Operators);

    public static readonly Constraint ChildOperators = new(
        "BKP6203", "OPS-003", Severity.Error,
        "@@operators_allowed_for_child_policies is a list of operators",
        "@@operators_allowed_for_child_policies is {0}; it must be [\"@@all\"], [\"@@none\"], or a list of @@assign, @@append and @@remove. {1}.",
        "Org inheritance operators, child control operators (not in seeds)",
        Orgs.Operators);

    public static readonly Constraint ChildChangeIgnored = new(
        "BKP6253", "OPS-003", Severity.Warning,
        "A change that a parent policy does not allow is ignored",
        "{0}, but a policy attached higher in the organization allows only {1} there, so AWS Organizations ignores the change in the effective policy of account {2}. Change the parent policy, or remove the change.",
        "Org inheritance operators: a child cannot reverse an inherited child control operator (not in seeds)",
        Orgs.Operators);

    public static readonly Constraint Incomplete = new(
        "BKP6206", "OPS-006", Severity.Error,
        "The effective policy of each account has every required field",
        "In the effective policy of account {0}, {1}. AWS Backup does not apply a plan with missing required fields to the account at all. Supply it in a policy attached to the account or above it.",
        "DG §Creating a backup policy L16457-16470; Org syntax ref (required: rules with schedule_expression and target_backup_vault_name, regions, selections)",
        Orgs.CreatePolicy)
    {
        Why = "Policies merge before AWS Backup reads them, so a setting that every document leaves to another can end up missing for some accounts; the plan is then silently not created.",
    };

    public static readonly Constraint EffectiveShape = new(
        "BKP6207", "OPS-007", Severity.Warning,
        "A policy writes settings with operators",
        "{0} is written without an operator, as an effective policy displays it; an effective policy cannot be attached as a policy. Write {{\"@@assign\": {1}}}.",
        "Org inheritance: effective policies have no operators and cannot be used as policies (not in seeds)",
        Orgs.Operators);

    public static IReadOnlyList<Constraint> All { get; } = [Operator, ListOperator, ChildOperators, ChildChangeIgnored, Incomplete, EffectiveShape];
}
