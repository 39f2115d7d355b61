using Backup.Iac.Graph;

namespace Backup.Iac;

/// <summary>A backup plan (<c>AWS::Backup::BackupPlan</c>): its rules, and the selections that assign resources to it.</summary>
public sealed class BackupPlan : Construct
{
    /// <summary>The construct ID of the vault a plan creates (<c>Plan/Vault</c>), as the AWS CDK's <c>BackupPlan</c>.</summary>
    internal const string CreatedVaultId = "Vault";

    private readonly List<BackupPlanRule> rules;

    private readonly List<BackupSelection> selections = [];

    internal BackupPlan(BackupStack stack, string id, BackupPlanProps props)
        : base(stack, id)
    {
        Props = props;
        rules = [.. props.Rules.Select(WithDefaults)];
        LogicalId = ResourceLogicalId();
        BackupPlanId = Token.AsString(new ReferenceValue(LogicalId));
        Vault = props.Vault;
        foreach (var rule in rules)
        {
            CreateVaultIfNeeded(rule);
        }
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

    /// <summary>
    /// The vault of every rule that names none: <see cref="BackupPlanProps.Vault"/>, or, when the plan has none and a rule
    /// names none, the vault the plan created for them, <c>Plan/Vault</c> (as the AWS CDK's <c>BackupPlan</c> creates
    /// its vault: same construct path, logical ID and generated name); null while every rule names its own vault.
    /// </summary>
    public IBackupVault? Vault { get; private set; }

    /// <summary>
    /// The selections that assign resources to this plan, in the order they were created: its children
    /// (<see cref="AddSelection"/>) and those created elsewhere with a reference to it (<see cref="BackupStack.AddSelection"/>).
    /// </summary>
    public IReadOnlyList<BackupSelection> Selections => selections;

    /// <summary>Adds a rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This plan.</returns>
    public BackupPlan AddRule(BackupPlanRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Root.ThrowIfSynthesized();
        rules.Add(WithDefaults(rule));
        CreateVaultIfNeeded(rule);
        return this;
    }

    /// <summary>
    /// Creates the plan's vault, <c>Plan/Vault</c>, the first time a rule names no vault and the plan has none (as the
    /// AWS CDK's <c>addRule</c>). A linted template says what it deploys: there a rule without a vault stays one (RULE-003).
    /// </summary>
    private void CreateVaultIfNeeded(BackupPlanRule rule)
    {
        if (Vault is null && rule is { Vault: null } && !Root.TemplateWording)
        {
            Vault = new BackupVault(this, CreatedVaultId, new BackupVaultProps());
        }
    }

    /// <summary>Registers a selection that assigns resources to this plan (wherever it was created).</summary>
    internal void Register(BackupSelection selection) => selections.Add(selection);

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
    /// <param name="vault">The vault, or null to let the plan create one, <c>&lt;id&gt;/Vault</c> (as the CDK: the same logical ID).</param>
    /// <returns>The plan; add selections to it.</returns>
    public static BackupPlan Daily35DayRetention(BackupStack stack, string id, IBackupVault? vault = null) =>
        Preset(stack, id, vault, BackupPlanRule.Daily());

    /// <summary>
    /// A plan with daily (kept 35 days) and monthly (cold after 30 days, kept 1 year) rules, as the AWS CDK's
    /// <c>BackupPlan.dailyMonthly1YearRetention</c>.
    /// </summary>
    /// <param name="stack">The stack.</param>
    /// <param name="id">The plan's construct ID, also its name.</param>
    /// <param name="vault">The vault, or null to let the plan create one, <c>&lt;id&gt;/Vault</c>.</param>
    /// <returns>The plan; add selections to it.</returns>
    public static BackupPlan DailyMonthly1YearRetention(BackupStack stack, string id, IBackupVault? vault = null) =>
        Preset(stack, id, vault, BackupPlanRule.Daily(), BackupPlanRule.Monthly1Year());

    /// <summary>
    /// A plan with daily (kept 35 days), weekly (kept 90 days) and monthly (cold after 90 days, kept 5 years) rules, as
    /// the AWS CDK's <c>BackupPlan.dailyWeeklyMonthly5YearRetention</c>.
    /// </summary>
    /// <param name="stack">The stack.</param>
    /// <param name="id">The plan's construct ID, also its name.</param>
    /// <param name="vault">The vault, or null to let the plan create one, <c>&lt;id&gt;/Vault</c>.</param>
    /// <returns>The plan; add selections to it.</returns>
    public static BackupPlan DailyWeeklyMonthly5YearRetention(BackupStack stack, string id, IBackupVault? vault = null) =>
        Preset(stack, id, vault, BackupPlanRule.Daily(), BackupPlanRule.Weekly(), BackupPlanRule.Monthly5Year());

    /// <summary>
    /// A plan with daily (kept 35 days), weekly (kept 90 days) and monthly (cold after 90 days, kept 7 years) rules, as
    /// the AWS CDK's <c>BackupPlan.dailyWeeklyMonthly7YearRetention</c>.
    /// </summary>
    /// <param name="stack">The stack.</param>
    /// <param name="id">The plan's construct ID, also its name.</param>
    /// <param name="vault">The vault, or null to let the plan create one, <c>&lt;id&gt;/Vault</c>.</param>
    /// <returns>The plan; add selections to it.</returns>
    public static BackupPlan DailyWeeklyMonthly7YearRetention(BackupStack stack, string id, IBackupVault? vault = null) =>
        Preset(stack, id, vault, BackupPlanRule.Daily(), BackupPlanRule.Weekly(), BackupPlanRule.Monthly7Year());

    private static BackupPlan Preset(BackupStack stack, string id, IBackupVault? vault, params BackupPlanRule[] rules)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return stack.AddPlan(id, new BackupPlanProps { Vault = vault, Rules = rules });
    }

    /// <summary>Assigns resources to this plan.</summary>
    /// <param name="id">The construct ID, also the default selection name.</param>
    /// <param name="options">What to select, and the IAM role.</param>
    /// <returns>The selection.</returns>
    public BackupSelection AddSelection(string id, BackupSelectionOptions options) => new(this, id, this, options);

    /// <summary>The name the rule at <paramref name="index"/> gets: its own, or the CDK's default.</summary>
    /// <param name="index">The rule's position.</param>
    /// <returns>The name.</returns>
    public string RuleNameAt(int index) => rules[index].RuleName ?? $"{Id}Rule{index}";

    /// <summary>The vault the rule at <paramref name="index"/> backs up into, or null when none is given.</summary>
    /// <param name="index">The rule's position.</param>
    /// <returns>The vault.</returns>
    public IBackupVault? VaultOf(int index) => rules[index].Vault ?? Vault;
}

/// <summary>Properties of a <see cref="BackupPlan"/>.</summary>
public sealed record BackupPlanProps
{
    /// <summary>The plan's name: 1 to 50 letters, digits, <c>-</c>, <c>_</c> or <c>.</c>. It cannot change after creation.</summary>
    /// <value>Default: the construct ID.</value>
    public string? BackupPlanName { get; init; }

    /// <summary>The vault of every rule that names none.</summary>
    /// <value>Default: when a rule names no vault, the plan creates one, <c>Plan/Vault</c> (<see cref="BackupPlan.Vault"/>), as the AWS CDK does; none while every rule names its own.</value>
    public IBackupVault? Vault { get; init; }

    /// <summary>The rules; more can be added with <see cref="BackupPlan.AddRule"/>.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyList<BackupPlanRule> Rules { get; init; } = [];

    /// <summary>Per-type backup options (Windows VSS for EC2, S3 options).</summary>
    /// <value>Default: none.</value>
    public IReadOnlyList<AdvancedBackupSetting> AdvancedBackupSettings { get; init; } = [];

    /// <summary>Malware scan settings.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyList<ScanSetting> ScanSettings { get; init; } = [];

    /// <summary>Tags of the plan.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}

// The stack's factory of BackupPlan, kept with the kind it creates (one model file per kind).
public sealed partial class BackupStack
{
    /// <summary>Adds a backup plan.</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The plan's properties.</param>
    /// <returns>The plan.</returns>
    public BackupPlan AddPlan(string id, BackupPlanProps props) => new(this, id, props);
}
