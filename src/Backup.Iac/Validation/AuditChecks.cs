using Backup.Iac.Validation.AuditManager;

namespace Backup.Iac.Validation;

/// <summary>The AWS Backup Audit Manager checks: frameworks and their controls (FW, SCOPE, CTRL, PRE), report plans (RPT), resource tracking (PRE).</summary>
internal static class AuditChecks
{
    public static IReadOnlyList<IValidator<Framework>> Frameworks { get; } =
    [
        new FrameworkNameAndDescription(), new FrameworkDuplicatesAndQuotas(), new ControlEntries(), new ControlParameterValues(),
        new ControlScopeIsValid(), new FrameworkEnvironment(),
    ];

    public static IReadOnlyList<IValidator<ReportPlan>> ReportPlans { get; } = [new ReportPlanIsValid(), new ReportSettingIsValid()];

    public static IReadOnlyList<IValidator<ResourceTracking>> ResourceTrackings { get; } = [new ResourceTrackingIsValid()];
}
