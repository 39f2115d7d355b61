namespace Backup.Iac;

/// <summary>
/// Properties of a member stack (<see cref="BackupApp.AddMemberStack"/>): a blueprint that a service-managed
/// CloudFormation StackSet of the management stack deploys to every account of some organizational units, in each of
/// some Regions.
/// </summary>
public sealed record MemberStackProps
{
    /// <summary>The stack of the management account (or of a delegated administrator) that holds the StackSet.</summary>
    public required BackupStack Management { get; init; }

    /// <summary>
    /// The organizational units (or the root) whose accounts get the blueprint: nodes of an <see cref="OrganizationTree"/>
    /// (then the rollout is checked against the backup policies of that tree) or IDs (<see cref="PolicyTarget.OrganizationalUnit"/>).
    /// </summary>
    public required IReadOnlyList<IPolicyTarget> OrganizationalUnits { get; init; }

    /// <summary>The Regions each account gets the blueprint in, e.g. <c>us-east-1</c>.</summary>
    public required IReadOnlyList<string> Regions { get; init; }

    /// <summary>Whether accounts that join the units later get the blueprint too (<c>AutoDeployment.Enabled</c>).</summary>
    /// <value>Default: true.</value>
    public bool AutoDeploy { get; init; } = true;

    /// <summary>Whether an account's stack instances are kept (not deleted) when it leaves the units; needs <see cref="AutoDeploy"/>.</summary>
    /// <value>Default: true, so that vaults and their recovery points are never deleted by a move between OUs.</value>
    public bool RetainStacksOnAccountRemoval { get; init; } = true;

    /// <summary>The number of accounts per Region in which the operation may fail before CloudFormation stops it.</summary>
    /// <value>Default: CloudFormation's default (0).</value>
    public int? FailureToleranceCount { get; init; }

    /// <summary>The percentage of accounts per Region in which the operation may fail; exclusive with <see cref="FailureToleranceCount"/>.</summary>
    /// <value>Default: not set.</value>
    public int? FailureTolerancePercentage { get; init; }

    /// <summary>The number of accounts deployed at once.</summary>
    /// <value>Default: CloudFormation's default (1).</value>
    public int? MaxConcurrentCount { get; init; }

    /// <summary>The percentage of accounts deployed at once; exclusive with <see cref="MaxConcurrentCount"/>.</summary>
    /// <value>Default: not set.</value>
    public int? MaxConcurrentPercentage { get; init; }

    /// <summary>Whether the Regions are deployed one after the other or at once.</summary>
    /// <value>Default: CloudFormation's default (sequential).</value>
    public RegionConcurrency? RegionConcurrency { get; init; }

    /// <summary>Whether the management stack deploys as the management account or as a delegated administrator (<c>CallAs</c>).</summary>
    /// <value>Default: <see cref="StackSetCallAs.Self"/>.</value>
    public StackSetCallAs CallAs { get; init; } = StackSetCallAs.Self;

    /// <summary>The StackSet's name.</summary>
    /// <value>Default: the member stack's name.</value>
    public string? StackSetName { get; init; }

    /// <summary>A description of the StackSet and the member template.</summary>
    /// <value>Default: no description.</value>
    public string? Description { get; init; }
}
