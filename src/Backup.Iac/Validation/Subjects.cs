namespace Backup.Iac.Validation;

/// <summary>A rule of a plan, with its position and diagnostic path (<c>Rules[NAME]</c>).</summary>
internal sealed record RuleSubject(BackupPlan Plan, int Index, BackupPlanRule Rule)
{
    public string Name => Plan.RuleNameAt(Index);

    /// <summary>The rule's path below the plan: <c>Rules[NAME]</c>.</summary>
    public ConstructPath Path => ConstructPath.Item(nameof(BackupPlanProps.Rules), Name);

    public string SubPath => Path;

    public IBackupVault? Vault => Plan.VaultOf(Index);
}

/// <summary>A lifecycle: of a rule (<see cref="Copy"/> null) or of one of its copy actions.</summary>
internal sealed record LifecycleSubject(RuleSubject Rule, Lifecycle Lifecycle, CopyAction? Copy, int CopyIndex)
{
    public string SubPath => Copy is null ? Rule.SubPath : Rule.Path.ThenItem(nameof(BackupPlanRule.CopyActions), CopyIndex);

    /// <summary>The property path of a lifecycle field (pass <c>nameof(Lifecycle.Field)</c>): <c>Lifecycle.Field</c>.</summary>
    public static PropertyPath Property(string field) => PropertyPath.Of(nameof(BackupPlanRule.Lifecycle)).Then(field);
}

/// <summary>A copy action of a rule, with its diagnostic path (<c>Rules[NAME]/CopyActions[i]</c>).</summary>
internal sealed record CopySubject(RuleSubject Rule, CopyAction Copy, int Index)
{
    /// <summary>The copy action's path below the plan: <c>Rules[NAME]/CopyActions[i]</c>.</summary>
    public ConstructPath Path => Rule.Path.ThenItem(nameof(BackupPlanRule.CopyActions), Index);

    public string SubPath => Path;
}
