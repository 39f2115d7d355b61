using Backup.Iac.Graph;

namespace Backup.Iac;

/// <summary>
/// A resource assignment of a plan (<c>AWS::Backup::BackupSelection</c>): a child of its plan
/// (<see cref="BackupPlan.AddSelection"/>, path <c>Plan/Selection</c>) or a construct of the stack with a reference to
/// it (<see cref="BackupStack.AddSelection"/>, path <c>Selection</c>, as the AWS CDK's
/// <c>new BackupSelection(stack, 'Selection', { backupPlan })</c>). Its logical IDs follow its path.
/// </summary>
public sealed class BackupSelection : Construct
{
    internal BackupSelection(Construct scope, string id, BackupPlan plan, BackupSelectionOptions options)
        : base(InPlanStack(scope, plan), id)
    {
        Plan = plan;
        Options = options;
        LogicalId = ResourceLogicalId();
        plan.Register(this);
        if (options.Role is null)
        {
            // BackupStack.OverrideLogicalId("Plan/Selection/Role", ...) keeps a migrated role's logical ID (issue 16).
            GeneratedRoleLogicalId = Stack.LogicalIdFor(StackRelativePath + "/Role") ?? LogicalIds.FromPath(StackRelativePath + "/Role/Resource");
        }
    }

    /// <summary>
    /// The scope, checked to be in the plan's stack: a selection names its plan by <c>Ref</c>, which reaches only a
    /// resource of the same template (as the CDK, which needs an export and a cross-stack reference otherwise).
    /// </summary>
    private static Construct InPlanStack(Construct scope, BackupPlan plan)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(plan);
        if (!ReferenceEquals(scope.Stack, plan.Stack))
        {
            throw new ArgumentException($"The selection's plan '{plan.Path}' is in another stack than '{scope.Path}'; create the selection in the plan's stack ('{plan.Stack.Path}').", nameof(plan));
        }

        return scope;
    }

    /// <summary>The plan this selection belongs to.</summary>
    public BackupPlan Plan { get; }

    /// <summary>The options given at creation.</summary>
    public BackupSelectionOptions Options { get; }

    /// <summary>The logical ID of the selection resource.</summary>
    public string LogicalId { get; }

    /// <summary>The logical ID of the generated role, when no role was given.</summary>
    public string? GeneratedRoleLogicalId { get; }

    /// <summary>The selection's name.</summary>
    public string SelectionName => Options.SelectionName ?? Id;
}
