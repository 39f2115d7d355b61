namespace Backup.Iac;

/// <summary>Properties of a <see cref="BackupStack"/>.</summary>
public sealed record BackupStackProps
{
    /// <summary>The AWS account ID the stack deploys to (12 digits).</summary>
    /// <value>Default: unknown until deploy; account-dependent checks (cross-account copies) are skipped.</value>
    public string? Account { get; init; }

    /// <summary>The Region the stack deploys to, e.g. <c>eu-west-1</c>.</summary>
    /// <value>Default: unknown until deploy; Region-dependent checks (cross-Region copies) are skipped.</value>
    public string? Region { get; init; }

    /// <summary>The stack's name in CloudFormation.</summary>
    /// <value>Default: the stack's construct ID.</value>
    public string? StackName { get; init; }

    /// <summary>AWS Backup Audit Manager quotas raised in this stack's account and Region.</summary>
    /// <value>Default: AWS's default quotas.</value>
    public AuditManagerQuotas? AuditManagerQuotas { get; init; }

    /// <summary>A description written into the template.</summary>
    /// <value>Default: no description.</value>
    public string? Description { get; init; }
}

/// <summary>A unit of deployment: one CloudFormation stack (or one Pulumi program) with its vaults, plans and selections.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "A stack is AWS's word for the unit of deployment.")]
public sealed partial class BackupStack : Construct
{
    internal BackupStack(BackupApp app, string id, BackupStackProps props)
        : base(app, id)
    {
        Props = props;
    }

    /// <summary>The properties given at creation.</summary>
    public BackupStackProps Props { get; }

    private readonly Dictionary<string, string> logicalIds = new(StringComparer.Ordinal);

    /// <summary>
    /// Gives the resource of the construct that will be created at <paramref name="constructPath"/> a fixed logical
    /// ID instead of the one derived from its path (as the AWS CDK's <c>overrideLogicalId</c>), to keep the logical IDs
    /// of an existing template. Call it before creating the construct.
    /// </summary>
    /// <param name="constructPath">The construct's path below the stack, e.g. <c>DailyPlan</c> or <c>DailyPlan/Tagged</c> (<c>DailyPlan/Tagged/Role</c> for a selection's generated role).</param>
    /// <param name="logicalId">The logical ID: 1 to 255 letters and digits.</param>
    public void OverrideLogicalId(string constructPath, string logicalId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(constructPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(logicalId);
        Root.ThrowIfSynthesized();
        if (logicalId.Length > 255 || !logicalId.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException($"Logical ID '{logicalId}' must be 1 to 255 ASCII letters and digits.", nameof(logicalId));
        }

        logicalIds[constructPath] = logicalId;
    }

    internal string? LogicalIdFor(string constructPath) => logicalIds.GetValueOrDefault(constructPath);

    /// <summary>The stack's name.</summary>
    public string StackName => Props.StackName ?? Id;

    /// <summary>For a member stack (<see cref="BackupApp.AddMemberStack"/>), the StackSet that deploys it; otherwise null.</summary>
    public StackSetRollout? Rollout { get; internal set; }

    /// <summary>The account, when known at synth time.</summary>
    public string? Account => Props.Account;

    /// <summary>The Region, when known at synth time.</summary>
    public string? Region => Props.Region;

    /// <summary>Where the stack deploys (its known account, Region and partition), computed once; every same-account and Region question is asked of it.</summary>
    internal StackEnvironment Environment => environment ??= StackEnvironment.Of(this);

    private StackEnvironment? environment;
}
