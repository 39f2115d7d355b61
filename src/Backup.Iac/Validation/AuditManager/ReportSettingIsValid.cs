using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.AuditManager;

/// <summary>
/// A report plan's setting: RPT-010 (present), RPT-011 (template), RPT-012/RPT-013/RPT-014/RPT-015 (frameworks),
/// RPT-017/RPT-018/RPT-019 (accounts, OUs, Regions), RPT-020 (account-Region pairs), RPT-027 and the warning of RPT-017
/// (reports across accounts), RPT-009 (JSON only for this account and Region).
/// </summary>
internal sealed class ReportSettingIsValid : IValidator<ReportPlan>
{
    private const string Root = "ROOT";
    private const string AllRegions = "*";

    public void Check(ReportPlan plan, ValidationContext context)
    {
        if (plan.Props.ReportSetting is not { } setting)
        {
            context.Report(ReportPlanConstraints.SettingRequired, plan, null, nameof(ReportPlanProps.ReportSetting));
            return;
        }

        var template = setting.ReportTemplate;
        if (template is null || (!template.IsKnown && !Token.IsUnresolved(template.Name)))
        {
            var name = template?.Name ?? "";
            context.Report(ReportPlanConstraints.UnknownTemplate, plan, null, PropertyPath.Of(nameof(ReportPlanProps.ReportSetting), nameof(ReportSetting.ReportTemplate)), name, AuditFacts.Suggestion(name, ReportTemplate.All.Select(t => t.Name)));
        }

        Frameworks(plan, setting, context);
        var accounts = setting.Accounts ?? [];
        var units = setting.OrganizationUnits ?? [];
        var regions = setting.Regions ?? [];
        for (var i = 0; i < accounts.Count; i++)
        {
            if (!Token.IsUnresolved(accounts[i]) && accounts[i] != Root && !Patterns.AccountId().IsMatch(accounts[i] ?? ""))
            {
                context.Report(ReportPlanConstraints.AccountIds, plan, null, PropertyPath.Of(nameof(ReportPlanProps.ReportSetting), nameof(ReportSetting.Accounts)).Index(i), accounts[i] ?? "");
            }
        }

        for (var i = 0; i < units.Count; i++)
        {
            if (!Token.IsUnresolved(units[i]) && !AuditFacts.OrganizationUnitId().IsMatch(units[i] ?? ""))
            {
                context.Report(ReportPlanConstraints.OrganizationUnitIds, plan, null, PropertyPath.Of(nameof(ReportPlanProps.ReportSetting), nameof(ReportSetting.OrganizationUnits)).Index(i), units[i] ?? "");
            }
        }

        for (var i = 0; i < regions.Count; i++)
        {
            if (!Token.IsUnresolved(regions[i]) && regions[i] != AllRegions && !Patterns.Region().IsMatch(regions[i] ?? ""))
            {
                context.Report(ReportPlanConstraints.RegionCodes, plan, null, PropertyPath.Of(nameof(ReportPlanProps.ReportSetting), nameof(ReportSetting.Regions)).Index(i), regions[i] ?? "");
            }
        }

        Pairs(plan, accounts, units, regions, context);
        Scope(plan, template, accounts, units, regions, context);
    }

    private static void Frameworks(ReportPlan plan, ReportSetting setting, ValidationContext context)
    {
        var frameworks = setting.Frameworks ?? [];
        var template = setting.ReportTemplate;
        if (template is { IsKnown: true, IsCompliance: true } && frameworks.Count == 0)
        {
            context.Report(ReportPlanConstraints.ComplianceWithoutFrameworks, plan, null, PropertyPath.Of(nameof(ReportPlanProps.ReportSetting), nameof(ReportSetting.Frameworks)), template.Name,
                template == ReportTemplate.ControlCompliance ? "ControlCompliance" : "ResourceCompliance");
        }

        if (template is { IsKnown: true, IsCompliance: false } && frameworks.Count > 0)
        {
            context.Report(ReportPlanConstraints.FrameworksOnJobsReport, plan, null, PropertyPath.Of(nameof(ReportPlanProps.ReportSetting), nameof(ReportSetting.Frameworks)), template.Name, frameworks.Count);
        }

        if (frameworks.Count > 1000)
        {
            context.Report(ReportPlanConstraints.TooManyFrameworks, plan, null, PropertyPath.Of(nameof(ReportPlanProps.ReportSetting), nameof(ReportSetting.Frameworks)), frameworks.Count);
        }

        for (var i = 0; i < frameworks.Count; i++)
        {
            var property = PropertyPath.Of(nameof(ReportPlanProps.ReportSetting), nameof(ReportSetting.Frameworks)).Index(i);
            switch (frameworks[i])
            {
                case Framework construct when !ReferenceEquals(construct.Stack, plan.Stack):
                    context.Report(ReportPlanConstraints.FrameworkOfAnotherStack, plan, null, property, construct.Path, construct.Stack.StackName);
                    break;
                case Framework:
                    break;
                case { FrameworkArn: var arn } when !Token.IsUnresolved(arn) && !AuditFacts.FrameworkArn().IsMatch(arn ?? ""):
                    context.Report(ReportPlanConstraints.NotFrameworkArn, plan, null, property, arn ?? "");
                    break;
            }
        }
    }

    private static void Pairs(ReportPlan plan, IReadOnlyList<string> accounts, IReadOnlyList<string> units, IReadOnlyList<string> regions, ValidationContext context)
    {
        if (units.Count > 0 || accounts.Any(a => a == Root || Token.IsUnresolved(a)) || regions.Any(Token.IsUnresolved))
        {
            return; // how ROOT, OUs and deploy-time lists count is not documented (GOQ-14)
        }

        var a = Math.Max(1, accounts.Distinct(StringComparer.Ordinal).Count());
        if (regions.Contains(AllRegions))
        {
            if (a * AuditManagerRegions.AvailableCommercial > 300)
            {
                context.Report(ReportPlanConstraints.AccountsTimesAllRegions, plan, null, PropertyPath.Of(nameof(ReportPlanProps.ReportSetting), nameof(ReportSetting.Regions)), a, AuditManagerRegions.AvailableCommercial, a * AuditManagerRegions.AvailableCommercial);
            }

            return;
        }

        var r = Math.Max(1, regions.Distinct(StringComparer.Ordinal).Count());
        if (a * r > 300)
        {
            context.Report(ReportPlanConstraints.AccountsTimesRegions, plan, null, PropertyPath.Of(nameof(ReportPlanProps.ReportSetting), nameof(ReportSetting.Accounts)), a, r, a * r);
        }
    }

    private static void Scope(ReportPlan plan, ReportTemplate? template, IReadOnlyList<string> accounts, IReadOnlyList<string> units,
        IReadOnlyList<string> regions, ValidationContext context)
    {
        var own = plan.Stack.Environment.Account;
        var otherAccounts = accounts.Where(x => x != own).ToList();
        var crossAccount = units.Count > 0 || (otherAccounts.Count > 0 && (own is not null || otherAccounts.Any(x => x == Root)));
        var covers = string.Join(" and ", new[]
        {
            otherAccounts.Count > 0 ? "accounts " + string.Join(", ", otherAccounts) : null,
            units.Count > 0 ? "organizational units " + string.Join(", ", units) : null,
        }.OfType<string>());
        var management = plan.Stack.Descendants().OfType<GlobalSettings>().Any();
        if (crossAccount && !management && template is not null && (template.IsKnown || Token.IsUnresolved(template.Name)))
        {
            context.Report(template.IsCompliance ? ReportPlanConstraints.CrossAccountComplianceReport : ReportPlanConstraints.CrossAccountJobsReport,
                plan, null, units.Count > 0 && otherAccounts.Count == 0 ? PropertyPath.Of(nameof(ReportPlanProps.ReportSetting), nameof(ReportSetting.OrganizationUnits)) : PropertyPath.Of(nameof(ReportPlanProps.ReportSetting), nameof(ReportSetting.Accounts)),
                template.IsKnown ? template.Name : "The report (its template is given at deploy time)", covers);
        }

        var ownRegion = plan.Stack.Environment.Region;
        var otherRegions = regions.Where(x => x == AllRegions || (ownRegion is not null && x != ownRegion && !Token.IsUnresolved(x))).ToList();
        var crossRegion = otherRegions.Count > 0 || regions.Distinct(StringComparer.Ordinal).Count() > 1;
        if ((plan.Props.ReportDeliveryChannel?.Formats ?? []).Contains(ReportFormat.Json) && (crossAccount || crossRegion))
        {
            var what = string.Join(" and ", new[] { crossAccount ? covers : null, crossRegion ? "Regions " + string.Join(", ", regions) : null }.OfType<string>());
            context.Report(ReportPlanConstraints.JsonNotProduced, plan, null, PropertyPath.Of(nameof(ReportPlanProps.ReportDeliveryChannel), nameof(ReportDeliveryChannel.Formats)), what);
        }
    }
}
