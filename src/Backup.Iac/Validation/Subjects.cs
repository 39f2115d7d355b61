namespace Backup.Iac.Validation;

/// <summary>A rule of a plan, with its position and diagnostic path (<c>Rules[NAME]</c>).</summary>
internal sealed record RuleSubject(BackupPlan Plan, int Index, BackupPlanRule Rule)
{
    public string Name => Plan.RuleNameAt(Index);

    public string SubPath => $"Rules[{Name}]";

    public IBackupVault? Vault => Plan.VaultOf(Index);
}

/// <summary>A lifecycle: of a rule (<see cref="Copy"/> null) or of one of its copy actions.</summary>
internal sealed record LifecycleSubject(RuleSubject Rule, Lifecycle Lifecycle, CopyAction? Copy, int CopyIndex)
{
    public string SubPath => Copy is null ? Rule.SubPath : $"{Rule.SubPath}/CopyActions[{CopyIndex}]";

    /// <summary>The property prefix of the lifecycle's fields.</summary>
    public static string Property(string field) => "Lifecycle." + field;
}

/// <summary>A copy action of a rule, with its diagnostic path (<c>Rules[NAME]/CopyActions[i]</c>).</summary>
internal sealed record CopySubject(RuleSubject Rule, CopyAction Copy, int Index)
{
    public string SubPath => $"{Rule.SubPath}/CopyActions[{Index}]";
}
