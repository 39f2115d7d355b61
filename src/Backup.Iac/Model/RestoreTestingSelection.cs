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

/// <summary>The resources of one type that a restore testing plan tests, and how to restore them.</summary>
public sealed record RestoreTestingSelectionOptions
{
    /// <summary>The selection's name: 1 to 50 letters, digits or <c>_</c>.</summary>
    /// <value>Default: the construct ID.</value>
    public string? RestoreTestingSelectionName { get; init; }

    /// <summary>The resource type: <c>Aurora</c>, <c>DocumentDB</c>, <c>DynamoDB</c>, <c>EBS</c>, <c>EC2</c>, <c>EFS</c>, <c>FSx</c>, <c>Neptune</c>, <c>RDS</c> or <c>S3</c>.</summary>
    public required string ProtectedResourceType { get; init; }

    /// <summary>The role AWS Backup assumes to restore.</summary>
    /// <value>Default: a role is generated with the AWS managed restore policies.</value>
    public IBackupRole? Role { get; init; }

    /// <summary>
    /// The IAM options of the generated role (used only when <see cref="Role"/> is unset): drop the default managed
    /// restore policies, add managed or inline policies (for example the KMS keys of the restored resources), a
    /// permissions boundary, a role name.
    /// </summary>
    /// <value>Default: the generated role has the AWS managed restore policies only, no boundary, and a generated name.</value>
    public GeneratedRoleOptions? GeneratedRole { get; init; }

    /// <summary><c>*</c> for every protected resource of the type, or up to 30 ARNs.</summary>
    /// <value>Default: <c>*</c>.</value>
    public IReadOnlyList<string> ProtectedResourceArns { get; init; } = ["*"];

    /// <summary>Tag conditions on the latest recovery point (<c>StringEquals</c>, <c>StringNotEquals</c>).</summary>
    /// <value>Default: none.</value>
    public ProtectedResourceConditions? ProtectedResourceConditions { get; init; }

    /// <summary>Restore metadata to override (e.g. <c>subnetId</c>).</summary>
    /// <value>Default: none; AWS Backup infers the metadata.</value>
    public IReadOnlyDictionary<string, string>? RestoreMetadataOverrides { get; init; }

    /// <summary>How long to keep the restored resource for validation: 0 to 168 whole hours.</summary>
    /// <value>Default: none; the restored data is deleted right after the test.</value>
    public Duration? ValidationWindow { get; init; }
}
