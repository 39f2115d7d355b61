using Backup.Iac.Graph;

namespace Backup.Iac;

/// <summary>A backup plan (<c>AWS::Backup::BackupPlan</c>): its rules, and the selections that assign resources to it.</summary>
public sealed class BackupPlan : Construct
{
    private readonly List<BackupPlanRule> rules;

    internal BackupPlan(BackupStack stack, string id, BackupPlanProps props)
        : base(stack, id)
    {
        Props = props;
        rules = [.. props.Rules.Select(WithDefaults)];
        LogicalId = ResourceLogicalId();
        BackupPlanId = Token.AsString(new ReferenceValue(LogicalId));
    }

    /// <summary>The properties given at creation.</summary>
    public BackupPlanProps Props { get; }

    /// <summary>The logical ID of the plan resource.</summary>
    public string LogicalId { get; }

    /// <summary>The plan's name.</summary>
    public string BackupPlanName => Props.BackupPlanName ?? Id;

    /// <summary>The plan's ID, known at deploy time.</summary>
    public string BackupPlanId { get; }

    /// <summary>The rules, in order.</summary>
    public IReadOnlyList<BackupPlanRule> Rules => rules;

    /// <summary>The selections of this plan.</summary>
    public IReadOnlyList<BackupSelection> Selections => [.. Children.OfType<BackupSelection>()];

    /// <summary>Adds a rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This plan.</returns>
    public BackupPlan AddRule(BackupPlanRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Root.ThrowIfSynthesized();
        rules.Add(WithDefaults(rule));
        return this;
    }

    /// <summary>
    /// A rule with the defaults of the C# API (<see cref="BackupPlanRule.DefaultContinuousRetention"/>); a linted template
    /// keeps what it says, so that its own findings (RULE-020) are reported.
    /// </summary>
    private BackupPlanRule WithDefaults(BackupPlanRule rule) => rule is null || Root.TemplateWording ? rule! : rule.WithDefaults();

    /// <summary>
    /// A plan with one rule, daily at 05:00 UTC kept 35 days (<see cref="BackupPlanRule.Daily"/>), as the AWS CDK's
    /// <c>BackupPlan.daily35DayRetention</c>.
    /// </summary>
    /// <param name="stack">The stack.</param>
    /// <param name="id">The plan's construct ID, also its name.</param>
    /// <param name="vault">The vault, or null to create one, <c>&lt;id&gt;Vault</c> beside the plan (the CDK creates it inside the plan).</param>
    /// <returns>The plan; add selections to it.</returns>
    public static BackupPlan Daily35DayRetention(BackupStack stack, string id, IBackupVault? vault = null) =>
        Preset(stack, id, vault, BackupPlanRule.Daily());

    /// <summary>
    /// A plan with daily (kept 35 days) and monthly (cold after 30 days, kept 1 year) rules, as the AWS CDK's
    /// <c>BackupPlan.dailyMonthly1YearRetention</c>.
    /// </summary>
    /// <param name="stack">The stack.</param>
    /// <param name="id">The plan's construct ID, also its name.</param>
    /// <param name="vault">The vault, or null to create one, <c>&lt;id&gt;Vault</c> beside the plan.</param>
    /// <returns>The plan; add selections to it.</returns>
    public static BackupPlan DailyMonthly1YearRetention(BackupStack stack, string id, IBackupVault? vault = null) =>
        Preset(stack, id, vault, BackupPlanRule.Daily(), BackupPlanRule.Monthly1Year());

    /// <summary>
    /// A plan with daily (kept 35 days), weekly (kept 90 days) and monthly (cold after 90 days, kept 5 years) rules, as
    /// the AWS CDK's <c>BackupPlan.dailyWeeklyMonthly5YearRetention</c>.
    /// </summary>
    /// <param name="stack">The stack.</param>
    /// <param name="id">The plan's construct ID, also its name.</param>
    /// <param name="vault">The vault, or null to create one, <c>&lt;id&gt;Vault</c> beside the plan.</param>
    /// <returns>The plan; add selections to it.</returns>
    public static BackupPlan DailyWeeklyMonthly5YearRetention(BackupStack stack, string id, IBackupVault? vault = null) =>
        Preset(stack, id, vault, BackupPlanRule.Daily(), BackupPlanRule.Weekly(), BackupPlanRule.Monthly5Year());

    /// <summary>
    /// A plan with daily (kept 35 days), weekly (kept 90 days) and monthly (cold after 90 days, kept 7 years) rules, as
    /// the AWS CDK's <c>BackupPlan.dailyWeeklyMonthly7YearRetention</c>.
    /// </summary>
    /// <param name="stack">The stack.</param>
    /// <param name="id">The plan's construct ID, also its name.</param>
    /// <param name="vault">The vault, or null to create one, <c>&lt;id&gt;Vault</c> beside the plan.</param>
    /// <returns>The plan; add selections to it.</returns>
    public static BackupPlan DailyWeeklyMonthly7YearRetention(BackupStack stack, string id, IBackupVault? vault = null) =>
        Preset(stack, id, vault, BackupPlanRule.Daily(), BackupPlanRule.Weekly(), BackupPlanRule.Monthly7Year());

    private static BackupPlan Preset(BackupStack stack, string id, IBackupVault? vault, params BackupPlanRule[] rules)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return stack.AddPlan(id, new BackupPlanProps { Vault = vault ?? stack.AddVault(id + "Vault"), Rules = rules });
    }

    /// <summary>Assigns resources to this plan.</summary>
    /// <param name="id">The construct ID, also the default selection name.</param>
    /// <param name="options">What to select, and the IAM role.</param>
    /// <returns>The selection.</returns>
    public BackupSelection AddSelection(string id, BackupSelectionOptions options) => new(this, id, options);

    /// <summary>The name the rule at <paramref name="index"/> gets: its own, or the CDK's default.</summary>
    /// <param name="index">The rule's position.</param>
    /// <returns>The name.</returns>
    public string RuleNameAt(int index) => rules[index].RuleName ?? $"{Id}Rule{index}";

    /// <summary>The vault the rule at <paramref name="index"/> backs up into, or null when none is given.</summary>
    /// <param name="index">The rule's position.</param>
    /// <returns>The vault.</returns>
    public IBackupVault? VaultOf(int index) => rules[index].Vault ?? Props.Vault;
}
