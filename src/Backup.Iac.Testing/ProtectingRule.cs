namespace Backup.Iac.Testing;

/// <summary>A plan rule that backs up a resource, through one of the plan's selections.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="RuleIndex">The rule's index in the plan.</param>
/// <param name="Selection">The selection that picks the resource.</param>
public sealed record ProtectingRule(BackupPlan Plan, int RuleIndex, BackupSelection Selection)
{
    /// <summary>The rule.</summary>
    public BackupPlanRule Rule => Plan.Rules[RuleIndex];

    /// <summary>The rule's name as deployed.</summary>
    public string RuleName => Plan.RuleNameAt(RuleIndex);

    /// <summary>The vault the rule backs up into (the air-gapped vault when the rule names one).</summary>
    public IBackupVault? Vault => Rule.LogicallyAirGappedVault ?? Plan.VaultOf(RuleIndex);

    /// <inheritdoc/>
    public override string ToString() => $"{Plan.Path} rule '{RuleName}' (selected by {Selection.Path})";
}
