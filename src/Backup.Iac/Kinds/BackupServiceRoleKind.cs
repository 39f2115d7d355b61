using System.Collections.Immutable;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Lowering;
using static Backup.Iac.Lowering.LoweringValues;

namespace Backup.Iac.Kinds;

/// <summary>A backup service role (<c>AWS::IAM::Role</c>) of an organization rollout.</summary>
internal sealed class BackupServiceRoleKind : ResourceKind<BackupServiceRole>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.IamRole];

    // ── lowering (scope "kinds") ──

    /// <inheritdoc />
    /// <remarks>An IAM role that AWS Backup assumes, with the managed backup and restore policies (and the S3 ones when asked).</remarks>
    protected override IEnumerable<Resource> Lower(BackupServiceRole construct, LoweringContext context)
    {
        List<string> policies = construct.Props.S3
            ? [BackupRoles.BackupPolicy, BackupRoles.RestorePolicy, BackupRoles.S3BackupPolicy, BackupRoles.S3RestorePolicy]
            : [BackupRoles.BackupPolicy, BackupRoles.RestorePolicy];
        var resource = BackupRoles.Role(construct.LogicalId, construct.ResourcePath, policies, BackupRoles.OptionsOf(construct.Props));
        var extra = new List<KeyValuePair<string, Value?>>
        {
            new(CfnRole.Path, Str(construct.Props.Path)),
        };
        yield return resource with { Properties = MapValue.Of(resource.Properties.Entries.Select(e => new KeyValuePair<string, Value?>(e.Key, e.Value)).Concat(extra)) };
    }

    // ── import (scope "import") ──

    /// <inheritdoc />
    public override string? NotImportedBecause => "an IAM role of a template is not read into the model: lint checks the AWS Backup resources, and any role a backup selection or plan names is read as an ARN";
}
