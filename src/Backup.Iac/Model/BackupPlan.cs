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
        rules = [.. props.Rules];
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
        rules.Add(rule);
        return this;
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
