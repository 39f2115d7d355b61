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

/// <summary>What a selection assigns to its plan, and the role AWS Backup uses (<see cref="BackupPlan.AddSelection"/>).</summary>
public record BackupSelectionOptions
{
    /// <summary>The selection's name: 1 to 50 letters, digits, <c>-</c>, <c>_</c> or <c>.</c>.</summary>
    /// <value>Default: the construct ID.</value>
    public string? SelectionName { get; init; }

    /// <summary>The IAM role AWS Backup assumes.</summary>
    /// <value>Default: a role is generated, trusted by <c>backup.amazonaws.com</c>, with the AWS managed backup policy (and the restore policy with <see cref="AllowRestores"/>; the S3 ones when S3 can be selected).</value>
    public IBackupRole? Role { get; init; }

    /// <summary>
    /// The IAM options of the generated role (used only when <see cref="Role"/> is unset): drop the default managed
    /// policies (the AWS CDK's <c>disableDefaultBackupPolicy</c>), add managed or inline policies, a permissions boundary,
    /// a role name.
    /// </summary>
    /// <value>Default: the generated role has the default managed policies only, no boundary, and a generated name.</value>
    public GeneratedRoleOptions? GeneratedRole { get; init; }

    /// <summary>Whether the generated role may also restore (adds the AWS managed restore policies).</summary>
    /// <value>Default: false, as the AWS CDK's <c>allowRestores</c>: a backup role gets only what backups need (least privilege).</value>
    public bool AllowRestores { get; init; }

    /// <summary>What to select, by ARN or by tag (ORed).</summary>
    /// <value>Default: nothing; at least one entry or condition is required.</value>
    public IReadOnlyList<BackupResource> Resources { get; init; } = [];

    /// <summary>ARNs (or patterns) to exclude.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyList<string> NotResources { get; init; } = [];

    /// <summary>Tag conditions that every selected resource must meet (AND).</summary>
    /// <value>Default: none.</value>
    public SelectionConditions? Conditions { get; init; }
}

/// <summary>
/// Properties of a <see cref="BackupSelection"/> created in the stack with a reference to its plan
/// (<see cref="BackupStack.AddSelection"/>), as the AWS CDK's <c>BackupSelectionProps</c>: the options and the plan.
/// </summary>
public sealed record BackupSelectionProps : BackupSelectionOptions
{
    /// <summary>The plan the selection assigns resources to; it must be in the same stack.</summary>
    public required BackupPlan Plan { get; init; }
}

// The stack's factory of BackupSelection, kept with the kind it creates (one model file per kind).
public sealed partial class BackupStack
{
    /// <summary>
    /// Assigns resources to a plan with a selection of the stack (path <c>Selection</c>), as the AWS CDK's
    /// <c>new BackupSelection(stack, 'Selection', { backupPlan })</c>, so a selection moved from the CDK keeps its logical
    /// IDs (its generated role is <c>SelectionRoleD0EAEC83</c>, not the plan child's <c>PlanSelectionRole6D10F4B7</c>).
    /// <see cref="BackupPlan.AddSelection"/> creates it as the plan's child instead; both are checked and written alike.
    /// </summary>
    /// <param name="id">The construct ID, also the default selection name.</param>
    /// <param name="props">The plan (in this stack), what to select, and the IAM role.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="ArgumentException">The plan is in another stack.</exception>
    public BackupSelection AddSelection(string id, BackupSelectionProps props)
    {
        ArgumentNullException.ThrowIfNull(props);
        return new(this, id, props.Plan, props);
    }
}
