using System.Globalization;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.AuditManager;

/// <summary>
/// A report plan's own properties: RPT-001 (name), RPT-003 (unique), RPT-004 (description), RPT-005/RPT-006/RPT-008
/// (delivery channel, bucket, formats), RPT-021 (report plans per account), PRE-007 (a Region with Audit Manager).
/// </summary>
internal sealed class ReportPlanIsValid : IValidator<ReportPlan>
{
    public void Check(ReportPlan plan, ValidationContext context)
    {
        var name = plan.ReportPlanName;
        if (!Token.IsUnresolved(name))
        {
            if (AuditFacts.NameProblem(name) is { } problem)
            {
                context.Report(ReportPlanConstraints.NamePattern, plan, null, nameof(ReportPlanProps.ReportPlanName), name, problem, Framework.NameFromId(name, 'R'));
            }
            else if (AuditFacts.InEnvironment<ReportPlan>(plan.Stack, context.App)
                .TakeWhile(p => !ReferenceEquals(p, plan)).FirstOrDefault(p => p.ReportPlanName == name) is { } first)
            {
                context.Report(ReportPlanConstraints.NameUnique, plan, null, nameof(ReportPlanProps.ReportPlanName), name, first.Path, AuditFacts.Describe(plan.Stack));
            }
        }

        if (AuditFacts.DescriptionProblem(plan.Props.Description) is { } description)
        {
            context.Report(ReportPlanConstraints.Description, plan, null, nameof(ReportPlanProps.Description), description);
        }

        Delivery(plan, context);
        Quota(plan, context);
        if (plan.Stack.Region is { } region && AuditManagerRegions.Unavailable.Contains(region))
        {
            context.Report(FrameworkConstraints.RegionWithoutAuditManager, plan, null, null, "report plan", region);
        }
    }

    private static void Delivery(ReportPlan plan, ValidationContext context)
    {
        if (plan.Props.ReportDeliveryChannel is not { } channel)
        {
            context.Report(ReportPlanConstraints.DeliveryChannelRequired, plan, null, nameof(ReportPlanProps.ReportDeliveryChannel));
            return;
        }

        string bucket = channel.S3BucketName;
        var problem = string.IsNullOrWhiteSpace(bucket) ? "is empty"
            : Token.IsUnresolved(bucket) ? null
            : bucket.StartsWith("arn:", StringComparison.Ordinal) ? $"is the ARN '{bucket}'"
            : bucket.StartsWith("s3://", StringComparison.OrdinalIgnoreCase) ? $"is the URL '{bucket}'"
            : bucket.Contains('/', StringComparison.Ordinal) ? $"'{bucket}' contains '/' (a key prefix belongs in S3KeyPrefix)"
            : null;
        if (problem is not null)
        {
            context.Report(ReportPlanConstraints.BucketName, plan, null, PropertyPath.Of(nameof(ReportPlanProps.ReportDeliveryChannel), nameof(ReportDeliveryChannel.S3BucketName)), problem);
        }
        else if (!Token.IsUnresolved(bucket) && S3BucketNames.Problem(bucket) is { } naming)
        {
            context.Report(ReportPlanConstraints.BucketNamingRules, plan, null, PropertyPath.Of(nameof(ReportPlanProps.ReportDeliveryChannel), nameof(ReportDeliveryChannel.S3BucketName)), bucket, naming);
        }

        var formats = channel.Formats ?? [];
        if (formats.FirstOrDefault(f => !Enum.IsDefined(f)) is var undefined && !Enum.IsDefined(undefined))
        {
            context.Report(ReportPlanConstraints.Formats, plan, null, PropertyPath.Of(nameof(ReportPlanProps.ReportDeliveryChannel), nameof(ReportDeliveryChannel.Formats)),
                string.Create(CultureInfo.InvariantCulture, $"the undefined value {(int)undefined}"));
        }
    }

    private static void Quota(ReportPlan plan, ValidationContext context)
    {
        var stacks = context.App.Stacks.Where(s => s.Environment.SameAccount(plan.Stack.Environment)).ToList();
        var plans = stacks.SelectMany(s => s.Descendants().OfType<ReportPlan>()).ToList();
        var limit = stacks.Select(s => s.Props.AuditManagerQuotas?.ReportPlans).OfType<int>().DefaultIfEmpty(20).Max();
        if (plans.Count > limit && plans.IndexOf(plan) == limit)
        {
            context.Report(ReportPlanConstraints.TooManyReportPlans, plan, null, null, limit + 1, plans.Count, plan.Stack.Environment.Account ?? $"of stack '{plan.Stack.StackName}'", limit);
        }
    }
}
