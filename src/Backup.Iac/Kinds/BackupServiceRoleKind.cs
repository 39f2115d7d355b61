using System.Collections.Immutable;
using Backup.Iac.Graph;

namespace Backup.Iac.Kinds;

/// <summary>A backup service role (<c>AWS::IAM::Role</c>) of an organization rollout.</summary>
internal sealed class BackupServiceRoleKind : ResourceKind<BackupServiceRole>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.IamRole];

    // ── lowering (scope "kinds") ──

    // ── import (scope "import") ──

    /// <inheritdoc />
    public override string? NotImportedBecause => "an IAM role of a template is not read into the model: lint checks the AWS Backup resources, and any role a backup selection or plan names is read as an ARN";
}
