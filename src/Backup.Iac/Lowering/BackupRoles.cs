using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;

namespace Backup.Iac.Lowering;

/// <summary>The IAM roles that AWS Backup assumes, shared by the kinds that generate one (backup and restore testing selections, the service role).</summary>
internal static class BackupRoles
{
    internal const string BackupPolicy = "AWSBackupServiceRolePolicyForBackup";
    internal const string RestorePolicy = "AWSBackupServiceRolePolicyForRestores";
    internal const string S3BackupPolicy = "AWSBackupServiceRolePolicyForS3Backup";
    internal const string S3RestorePolicy = "AWSBackupServiceRolePolicyForS3Restore";

    /// <summary>The role ARN of a selection: the given role's, or the generated role's (which is returned to add to the graph).</summary>
    /// <param name="given">The role given, or null.</param>
    /// <param name="generatedLogicalId">The generated role's logical ID (set exactly when no role is given).</param>
    /// <param name="owner">The selection.</param>
    /// <param name="options">The IAM options of the generated role, or null.</param>
    /// <param name="policies">The default managed policies of the generated role.</param>
    /// <returns>The ARN and the generated role, if any.</returns>
    public static (Value Arn, Resource? Generated) RoleFor(IBackupRole? given, string? generatedLogicalId, Construct owner, GeneratedRoleOptions? options, Func<List<string>> policies)
    {
        if (given is not null || generatedLogicalId is null) // the constructs set an ID exactly when no role is given
        {
            return (Token.ToValue(given?.RoleArn ?? ""), null);
        }

        return (new AttributeValue(generatedLogicalId, CfnRole.Arn), Role(generatedLogicalId, owner.StackRelativePath + "/Role/Resource", policies(), options));
    }

    /// <summary>The options of a backup service role, read as those of any generated role (one lowering and one set of checks).</summary>
    /// <param name="props">The service role's properties.</param>
    /// <returns>The options.</returns>
    public static GeneratedRoleOptions OptionsOf(BackupServiceRoleProps props) => new()
    {
        RoleName = props.RoleName,
        ManagedPolicyArns = props.ManagedPolicyArns,
        InlinePolicies = props.InlinePolicies,
        PermissionsBoundaryArn = props.PermissionsBoundaryArn,
    };

    /// <summary>An IAM role that AWS Backup can assume, with managed policies and the IAM options given.</summary>
    /// <param name="logicalId">The logical ID.</param>
    /// <param name="path">The resource path.</param>
    /// <param name="policies">The default managed policy names (after <c>arn:PARTITION:iam::aws:policy/</c>); left out with <see cref="GeneratedRoleOptions.DisableDefaultPolicies"/>.</param>
    /// <param name="options">The IAM options, or null.</param>
    /// <returns>The role.</returns>
    public static Resource Role(string logicalId, string path, IEnumerable<string> policies, GeneratedRoleOptions? options = null)
    {
        var trust = MapValue.Of(
            new("Version", "2012-10-17"),
            new("Statement", new ListValue([MapValue.Of(
                new("Action", "sts:AssumeRole"),
                new("Effect", "Allow"),
                new("Principal", MapValue.Of(new KeyValuePair<string, Value?>("Service", "backup.amazonaws.com"))))])));
        var defaults = options is { DisableDefaultPolicies: true } ? [] : policies.Select(p => (Value)new JoinValue(
            ["arn:", new PseudoParameterValue(PseudoParameters.Partition), ":iam::aws:policy/" + p]));
        List<Value> managed = [.. defaults, .. (options?.ManagedPolicyArns ?? []).Select(Token.ToValue)];
        var inline = options?.InlinePolicies ?? [];
        var properties = MapValue.Of(
            new(CfnRole.AssumeRolePolicyDocument, trust),
            new(CfnRole.ManagedPolicyArns, managed.Count == 0 ? null : new ListValue([.. managed])),
            new(CfnRole.Policies, inline.Count == 0 ? null : new ListValue([.. inline.Select(p => (Value)MapValue.Of(
                new(CfnRole.PolicyProperty.PolicyName, Token.ToValue(p.PolicyName)),
                new(CfnRole.PolicyProperty.PolicyDocument, PolicyDocuments.ToValue(p, out _) ?? new StringValue(p.Json ?? ""))))])),
            new(CfnRole.PermissionsBoundary, options?.PermissionsBoundaryArn is { } boundary ? Token.ToValue(boundary) : null),
            new(CfnRole.RoleName, options?.RoleName is { } name ? Token.ToValue(name) : null));
        return new Resource(logicalId, ResourceTypes.IamRole, path, properties);
    }
}
