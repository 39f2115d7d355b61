using System.Collections.Immutable;

namespace Backup.Iac.Auditing;

/// <summary>Where and when a report plan's reports land (DG L15016-15026, L14715-14718, L15249-15251, L15293-15294).</summary>
internal static class ReportPlanDelivery
{
    public static ReportPlanAudit Describe(ReportPlan plan)
    {
        var p = plan.Props;
        var setting = p.ReportSetting;
        var channel = p.ReportDeliveryChannel;
        var prefix = string.IsNullOrEmpty(channel?.S3KeyPrefix) ? "" : channel.S3KeyPrefix.Trim('/') + "/";
        var account = Known(plan.Stack.Account) ?? "ACCOUNT";
        var region = Known(plan.Stack.Region) ?? "REGION";
        var crossAccount = setting is not null && (setting.OrganizationUnits.Count > 0 || setting.Accounts.Any(a => a != plan.Stack.Account));
        var crossRegion = setting is not null && setting.Regions.Any(r => r == "*" || r != plan.Stack.Region);
        var folder = crossAccount ? $"crossaccount/{region}" : crossRegion ? $"{account}/crossregion" : $"{account}/{region}";
        var delivery = $"s3://{channel?.S3BucketName}/{prefix}Backup/{folder}/YYYY/MM/DD/";
        var formats = channel?.Formats is { Count: > 0 } f ? string.Join(" and ", f.Distinct().Select(x => x == ReportFormat.Json ? "JSON" : "CSV")) : "CSV";
        var frameworks = (setting?.Frameworks ?? []).Select(x => x is Framework c ? c.Path : x.FrameworkArn).ToImmutableArray();
        var notes = ImmutableArray.Create(
            $"A daily {formats} report covering the previous 24 hours, produced between 01:00 and 05:00 UTC (with drift of a few hours); files over 50 MB are split.",
            "Deleting the report plan (or its stack) leaves the reports already delivered in the bucket.");
        return new ReportPlanAudit(plan.Path, plan.ReportPlanName, setting?.ReportTemplate?.Name ?? "", delivery, frameworks, notes);
    }

    private static string? Known(string? value) => value is null || Token.IsUnresolved(value) ? null : value;
}
