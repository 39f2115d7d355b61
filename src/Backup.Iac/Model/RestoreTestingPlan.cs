using Backup.Iac.Graph;

namespace Backup.Iac;

/// <summary>A restore testing plan (<c>AWS::Backup::RestoreTestingPlan</c>): restores recovery points on a schedule to prove they work.</summary>
public sealed class RestoreTestingPlan : Construct
{
    internal RestoreTestingPlan(BackupStack stack, string id, RestoreTestingPlanProps props)
        : base(stack, id)
    {
        Props = props;
        LogicalId = ResourceLogicalId();
    }

    /// <summary>The properties given at creation.</summary>
    public RestoreTestingPlanProps Props { get; }

    /// <summary>The logical ID of the plan resource.</summary>
    public string LogicalId { get; }

    /// <summary>The plan's name.</summary>
    public string RestoreTestingPlanName => Props.RestoreTestingPlanName ?? Id;

    /// <summary>The selections of this plan.</summary>
    public IReadOnlyList<RestoreTestingSelection> Selections => [.. Children.OfType<RestoreTestingSelection>()];

    /// <summary>Adds the resources of one type to test.</summary>
    /// <param name="id">The construct ID, also the default selection name.</param>
    /// <param name="options">The type, the resources and the role.</param>
    /// <returns>The selection.</returns>
    public RestoreTestingSelection AddSelection(string id, RestoreTestingSelectionOptions options) => new(this, id, options);
}
