using Backup.Iac.Graph;

namespace Backup.Iac;

/// <summary>A resource assignment of a plan (<c>AWS::Backup::BackupSelection</c>).</summary>
public sealed class BackupSelection : Construct
{
    internal BackupSelection(BackupPlan plan, string id, BackupSelectionOptions options)
        : base(plan, id)
    {
        Plan = plan;
        Options = options;
        LogicalId = ResourceLogicalId();
        if (options.Role is null)
        {
            // BackupStack.OverrideLogicalId("Plan/Selection/Role", ...) keeps a migrated role's logical ID (issue 16).
            GeneratedRoleLogicalId = Stack.LogicalIdFor(StackRelativePath + "/Role") ?? LogicalIds.FromPath(StackRelativePath + "/Role/Resource");
        }
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
