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
    /// <param name="policies">The managed policies of the generated role.</param>
    /// <returns>The ARN and the generated role, if any.</returns>
    public static (Value Arn, Resource? Generated) RoleFor(IBackupRole? given, string? generatedLogicalId, Construct owner, Func<List<string>> policies)
    {
        if (given is not null || generatedLogicalId is null) // the constructs set an ID exactly when no role is given
        {
            return (Token.ToValue(given?.RoleArn ?? ""), null);
        }

        return (new AttributeValue(generatedLogicalId, CfnRole.Arn), Role(generatedLogicalId, owner.StackRelativePath + "/Role/Resource", policies()));
    }

    /// <summary>An IAM role that AWS Backup can assume, with managed policies.</summary>
    /// <param name="logicalId">The logical ID.</param>
    /// <param name="path">The resource path.</param>
    /// <param name="policies">The managed policy names (after <c>arn:PARTITION:iam::aws:policy/</c>).</param>
    /// <returns>The role.</returns>
    public static Resource Role(string logicalId, string path, IEnumerable<string> policies)
    {
        var trust = MapValue.Of(
            new("Version", "2012-10-17"),
            new("Statement", new ListValue([MapValue.Of(
                new("Action", "sts:AssumeRole"),
                new("Effect", "Allow"),
                new("Principal", MapValue.Of(new KeyValuePair<string, Value?>("Service", "backup.amazonaws.com"))))])));
        var properties = MapValue.Of(
            new(CfnRole.AssumeRolePolicyDocument, trust),
            new(CfnRole.ManagedPolicyArns, new ListValue([.. policies.Select(p => (Value)new JoinValue(
                ["arn:", new PseudoParameterValue(PseudoParameters.Partition), ":iam::aws:policy/" + p]))])));
        return new Resource(logicalId, ResourceTypes.IamRole, path, properties);
    }
}
