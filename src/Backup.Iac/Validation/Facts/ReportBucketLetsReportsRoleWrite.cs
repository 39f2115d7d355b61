using Backup.Iac.Catalog;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;

namespace Backup.Iac.Validation.Facts;

/// <summary>
/// The report plan's bucket, when it is a bucket of the app. RPT-022: a bucket policy of the app allows the
/// AWSServiceRoleForBackupReports role <c>s3:PutObject</c> (BKP5822 when the app has none, or its policies prove they do
/// not). RPT-023: a bucket policy that names that role refers to a report plan, a framework or a reports service-linked
/// role of its stack, so CloudFormation creates it after the role exists (BKP5823). RPT-024: the bucket's KMS key, when
/// it is a key of the app, lets the role call <c>kms:GenerateDataKey</c> and <c>kms:Decrypt</c> or <c>kms:Encrypt</c>
/// (GOQ-10: the guide names both) (BKP5824).
/// </summary>
internal sealed class ReportBucketLetsReportsRoleWrite : IValidator<ReportPlan>
{
    private const string Role = "AWSServiceRoleForBackupReports";
    private static readonly string Property = PropertyPath.Of(nameof(ReportPlanProps.ReportDeliveryChannel), nameof(ReportDeliveryChannel.S3BucketName));

    public void Check(ReportPlan plan, ValidationContext context)
    {
        var facts = context.Facts.Resources;
        if (facts.Resolve(plan.Stack, plan.Props.ReportDeliveryChannel?.S3BucketName, ResourceFacts.Bucket) is not { } bucket)
        {
            if (plan.Props.ReportDeliveryChannel?.S3BucketName is { AllowsReportDelivery: false } external)
            {
                // A bucket outside the app whose policy the user declared (ExternalBucket.AllowsReportDelivery).
                context.Report(ResourceFactConstraints.ReportBucketPolicyMissing, plan, null, Property, Token.Describe(Token.WithEnvironment(external.BucketName, plan.Stack)),
                    "its bucket policy is declared not to allow the AWSServiceRoleForBackupReports role s3:PutObject (AllowsReportDelivery is false)");
            }

            return;
        }

        var name = SelectedBucketIsVersioned.Name(bucket);
        var matcher = PolicyFacts.AwsPrincipal(bucket.Stack, ReportsRole);
        var policies = facts.BucketPoliciesOf(bucket);
        if (policies.Count == 0)
        {
            if (!facts.HasUnresolvedBucketPolicy(bucket.Stack))
            {
                context.Report(ResourceFactConstraints.ReportBucketPolicyMissing, plan, null, Property, name, context.App.TemplateWording ? "the template has no bucket policy for it" : "the app has no bucket policy for it");
            }
        }
        else if (policies.All(p => PolicyFacts.Allows(Document(p), matcher, "s3:PutObject") == false))
        {
            context.Report(ResourceFactConstraints.ReportBucketPolicyMissing, plan, null, Property, name,
                $"no statement of its bucket policy '{policies[^1].Id}' allows the AWSServiceRoleForBackupReports role s3:PutObject");
        }

        foreach (var policy in policies.Where(p => p.Stack == plan.Stack && NamesReportsRole(p) && !RefersToRoleOwner(p, context)))
        {
            context.Report(ResourceFactConstraints.ReportBucketPolicyOrder, plan, null, Property, policy.Id);
        }

        if (SelectionRoleCanUseSourceKeys.BucketKey(bucket) is { } keyValue && facts.KeyOf(bucket.Stack, keyValue) is { } key)
        {
            var document = FactValues.Document(FactValues.Get(key.Properties, CfnKey.KeyPolicy));
            var missing = new List<string>();
            if (PolicyFacts.Allows(document, matcher, "kms:GenerateDataKey") == false)
            {
                missing.Add("kms:GenerateDataKey");
            }

            if (PolicyFacts.Allows(document, matcher, "kms:Decrypt") == false && PolicyFacts.Allows(document, matcher, "kms:Encrypt") == false)
            {
                missing.Add("kms:Decrypt (or kms:Encrypt)");
            }

            if (missing.Count > 0)
            {
                context.Report(ResourceFactConstraints.ReportBucketKeyPolicy, plan, null, Property, name, key.Id, string.Join(" and ", missing));
            }
        }
    }

    private static MapValue? Document(RawResource policy) => FactValues.Document(FactValues.Get(policy.Properties, CfnBucketPolicy.PolicyDocument));

    /// <summary>Whether an <c>AWS</c> principal is the reports service-linked role (its account may be a deploy-time value).</summary>
    private static bool? ReportsRole(Value aws, string shape) =>
        shape.EndsWith("/" + Role, StringComparison.Ordinal) ? true
        : shape.Contains(FactValues.Unknown, StringComparison.Ordinal) ? null
        : false;

    private static bool NamesReportsRole(RawResource policy) =>
        PolicyFacts.Statements(Document(policy)).Any(s => FactValues.Items(FactValues.Get(s, "Principal", "AWS"))
            .Any(p => FactValues.Shape(p, policy.Stack) is { } shape && (shape.Contains(Role, StringComparison.Ordinal) || shape.Contains("reports.backup.amazonaws.com/", StringComparison.Ordinal))));

    /// <summary>Whether the policy refers to (or, in a linted template, <c>DependsOn</c>) a report plan, a framework or a reports service-linked role of its stack.</summary>
    private static bool RefersToRoleOwner(RawResource policy, ValidationContext context)
    {
        var ids = FactValues.References(policy.Properties).Concat(policy.DependsOn).ToHashSet(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return false;
        }

        return context.Facts.All<ReportPlan>().Any(r => r.Stack == policy.Stack && ids.Contains(r.LogicalId))
            || context.Facts.All<Framework>().Any(f => f.Stack == policy.Stack && ids.Contains(f.LogicalId))
            || context.Facts.Resources.OfType(ResourceFacts.ServiceLinkedRole).Any(r => r.Stack == policy.Stack && ids.Contains(r.LogicalId)
                && FactValues.Text(FactValues.Get(r.Properties, CfnServiceLinkedRole.AWSServiceName)) == "reports.backup.amazonaws.com");
    }
}
