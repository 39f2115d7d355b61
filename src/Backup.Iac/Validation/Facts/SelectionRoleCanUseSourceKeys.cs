using Backup.Iac.Catalog;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;

namespace Backup.Iac.Validation.Facts;

/// <summary>
/// XR-026: a resource of the app that the selection names (a DynamoDB table, RDS instance, EBS volume or S3 bucket),
/// encrypted with a KMS key of the app, and a key policy that proves the selection's role cannot use the key: no
/// statement names the role (or <c>*</c>) for <c>kms:Decrypt</c> and <c>kms:GenerateDataKey</c>, and none lets the
/// account's IAM policies decide (an account root principal). Only what the facts prove: a key, role or principal
/// known only at deploy time is not judged. A warning: a grant made outside the app could still allow it.
/// </summary>
internal sealed class SelectionRoleCanUseSourceKeys : IValidator<BackupSelection>
{
    private static readonly (string Type, string What, string[] KeyPath)[] Sources =
    [
        (ResourceFacts.Table, "the DynamoDB table", [CfnTable.SSESpecification, CfnTable.SSESpecificationProperty.KMSMasterKeyId]),
        (ResourceFacts.DbInstance, "the DB instance", [CfnDBInstance.KmsKeyId]),
        (ResourceFacts.Volume, "the EBS volume", [CfnVolume.KmsKeyId]),
    ];

    private static readonly string[] Actions = ["kms:Decrypt", "kms:GenerateDataKey"];

    public void Check(BackupSelection selection, ValidationContext context)
    {
        var facts = context.Facts.Resources;
        foreach (var (type, what, keyPath) in Sources.Append((ResourceFacts.Bucket, "the S3 bucket", [])))
        {
            foreach (var (_, source, reach) in SelectedResources.Named(selection, context, type))
            {
                var keyValue = type == ResourceFacts.Bucket ? BucketKey(source) : FactValues.Get(source.Properties, keyPath);
                if (reach != Reach.Named || keyValue is null || facts.KeyOf(source.Stack, keyValue) is not { } key)
                {
                    continue;
                }

                var document = FactValues.Document(FactValues.Get(key.Properties, CfnKey.KeyPolicy));
                var matcher = PolicyFacts.AwsPrincipal(selection.Stack, RoleMatcher(selection, facts));
                var missing = Actions.Where(a => PolicyFacts.Allows(document, matcher, a) == false).ToList();
                if (missing.Count > 0)
                {
                    var name = Name(source);
                    context.Report(ResourceFactConstraints.SelectionRoleCannotUseKey, selection, null, nameof(BackupSelectionOptions.Role),
                        $"{what} '{name}'", key.Id, RoleText(selection), string.Join(" and ", missing));
                }
            }
        }
    }

    /// <summary>The KMS key of a bucket's default encryption (the first rule that names one).</summary>
    public static Value? BucketKey(RawResource bucket) =>
        FactValues.Items(FactValues.Get(bucket.Properties, CfnBucket.BucketEncryption, CfnBucket.BucketEncryptionProperty.ServerSideEncryptionConfiguration))
            .Select(r => FactValues.Get(r, CfnBucket.ServerSideEncryptionRuleProperty.ServerSideEncryptionByDefault, CfnBucket.ServerSideEncryptionByDefaultProperty.KMSMasterKeyID)).FirstOrDefault(k => k is not null);

    private static string Name(RawResource source) =>
        FactValues.Text(FactValues.Get(source.Properties, CfnTable.TableName))
        ?? FactValues.Text(FactValues.Get(source.Properties, CfnDBInstance.DBInstanceIdentifier))
        ?? FactValues.Text(FactValues.Get(source.Properties, CfnBucket.BucketName))
        ?? source.Id;

    private static string RoleText(BackupSelection selection) =>
        selection.Options.Role is { } role ? $"'{Token.Describe(Token.WithEnvironment(role.RoleArn, selection.Stack))}'" : $"(the generated role {selection.GeneratedRoleLogicalId})";

    /// <summary>Whether an <c>AWS</c> principal is the selection's role: true, false, or null when unknown.</summary>
    private static Func<Value, string, bool?> RoleMatcher(BackupSelection selection, ResourceFacts facts)
    {
        if (selection.Options.Role is { } given && FactValues.ReferenceTo(facts.ValueOf(given.RoleArn)) is { } roleId
            && facts.ByLogicalId(selection.Stack, roleId) is { Type: ResourceFacts.Role } roleResource)
        {
            // A role of the template (IamRoleArn: !GetAtt Role.Arn in a linted template): a principal that refers to it is
            // the role, one that refers to another role of the template is not; a literal ARN names it only by its RoleName.
            var roleName = FactValues.Get(roleResource.Properties, CfnRole.RoleName);
            return (aws, shape) =>
            {
                var references = FactValues.References(aws).ToList();
                if (references.Contains(roleId))
                {
                    return true;
                }

                if (references.Count > 0)
                {
                    return references.All(r => facts.ByLogicalId(selection.Stack, r) is { Type: ResourceFacts.Role }) ? false : null;
                }

                return shape.Contains(FactValues.Unknown, StringComparison.Ordinal) ? null
                    : roleName is null ? false // CloudFormation generates the name: a literal ARN cannot name it
                    : FactValues.Text(roleName) is { } name ? shape.EndsWith("/" + name, StringComparison.Ordinal) : null;
            };
        }

        if (selection.Options.Role is null)
        {
            var generated = selection.GeneratedRoleLogicalId;
            return (aws, shape) =>
            {
                var references = FactValues.References(aws).ToList();
                return references.Contains(generated!) ? true
                    : references.Count > 0 ? false
                    : shape.Contains(FactValues.Unknown, StringComparison.Ordinal) ? null
                    : false; // a literal ARN cannot name a role whose name CloudFormation generates
            };
        }

        var roleValue = facts.ValueOf(selection.Options.Role.RoleArn);
        if (FactValues.ReferenceTo(roleValue) is { } referencedRole)
        {
            // A role of the same template (a CDK role given to BackupRole.FromRole): a principal names it by reference.
            return (aws, _) =>
            {
                var references = FactValues.References(aws).ToList();
                return references.Contains(referencedRole) ? true : references.Count > 0 ? false : null;
            };
        }

        var role = FactValues.Shape(roleValue, selection.Stack);
        return (_, shape) =>
        {
            if (role is null || role.Contains(FactValues.Unknown, StringComparison.Ordinal))
            {
                return null;
            }

            if (shape.Contains(FactValues.Unknown, StringComparison.Ordinal))
            {
                return Wildcards.Glob(role, shape.Replace(FactValues.Unknown, '*')) ? null : false;
            }

            return shape == role;
        };
    }
}
