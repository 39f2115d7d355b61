using Backup.Iac.Graph;

namespace Backup.Iac;

/// <summary>The resources of one type that a restore testing plan tests (<c>AWS::Backup::RestoreTestingSelection</c>).</summary>
public sealed class RestoreTestingSelection : Construct
{
    internal RestoreTestingSelection(RestoreTestingPlan plan, string id, RestoreTestingSelectionOptions options)
        : base(plan, id)
    {
        Plan = plan;
        Options = options;
        LogicalId = ResourceLogicalId();
        if (options.Role is null)
        {
            GeneratedRoleLogicalId = LogicalIds.FromPath(StackRelativePath + "/Role/Resource");
        }
    }

    /// <summary>The plan.</summary>
    public RestoreTestingPlan Plan { get; }

    /// <summary>The options given at creation.</summary>
    public RestoreTestingSelectionOptions Options { get; }

    /// <summary>The logical ID of the selection resource.</summary>
    public string LogicalId { get; }

    /// <summary>The logical ID of the generated role, when no role was given.</summary>
    public string? GeneratedRoleLogicalId { get; }

    /// <summary>The selection's name.</summary>
    public string RestoreTestingSelectionName => Options.RestoreTestingSelectionName ?? Id;
}
