namespace Backup.Iac;

/// <summary>
/// Properties of a <see cref="BackupSelection"/> created in the stack with a reference to its plan
/// (<see cref="BackupStack.AddSelection"/>), as the AWS CDK's <c>BackupSelectionProps</c>: the options and the plan.
/// </summary>
public sealed record BackupSelectionProps : BackupSelectionOptions
{
    /// <summary>The plan the selection assigns resources to; it must be in the same stack.</summary>
    public required BackupPlan Plan { get; init; }
}
