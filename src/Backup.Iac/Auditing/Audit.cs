using System.Collections.Immutable;
using Backup.Iac.Auditing;
using Backup.Iac.Validation.AuditManager;

namespace Backup.Iac;

/// <summary>
/// The pre-deploy audit: evaluates every framework's controls statically against the estate the app synthesizes in
/// the framework's account and Region (plans and their schedules and retention, vaults and their locks and access
/// policies, copies across Regions and accounts, encryption), and says which resources would be non-compliant and
/// which controls only AWS can judge at run time. Report plans are described (where and when reports land).
/// </summary>
public static class Audit
{
    /// <summary>Evaluates the app. Never throws for a modelling mistake and never changes the app; validate it first (<see cref="BackupApp.Synth"/>), as the <c>audit</c> command does.</summary>
    /// <param name="app">The app.</param>
    /// <returns>The report.</returns>
    public static AuditReport Evaluate(BackupApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var frameworks = app.Descendants().OfType<Framework>().Select(f => Framework(f, app)).ToImmutableArray();
        var reportPlans = app.Descendants().OfType<ReportPlan>().Select(ReportPlanDelivery.Describe).ToImmutableArray();
        return new AuditReport(frameworks, reportPlans);
    }

    private static FrameworkAudit Framework(Framework framework, BackupApp app)
    {
        var estate = new AuditEstate(framework, app);
        var controls = ControlSubject.Of(framework).Select(s => ControlEvaluator.Evaluate(estate, s.Index, s.Control)).ToImmutableArray();
        var statuses = controls.Select(c => c.Status).ToList();
        // PRE-010: a framework is compliant only if every control is.
        var status = statuses.Contains(ComplianceStatus.NonCompliant) ? ComplianceStatus.NonCompliant
            : statuses.Count > 0 && statuses.All(s => s == ComplianceStatus.Compliant) ? ComplianceStatus.Compliant
            : statuses.Contains(ComplianceStatus.RunTimeOnly) ? ComplianceStatus.RunTimeOnly
            : ComplianceStatus.InsufficientData;
        return new FrameworkAudit(framework.Path, framework.FrameworkName, AuditFacts.Describe(framework.Stack), status, Recording(framework, estate), controls);
    }

    /// <summary>PRE-004: ACTIVE when every control's type (and resource compliance) is recorded, INACTIVE when none is.</summary>
    private static RecordingStatus Recording(Framework framework, AuditEstate estate)
    {
        if (estate.Trackings.Count == 0)
        {
            return RecordingStatus.Unknown;
        }

        bool Records(string type) => estate.Trackings.Any(t => t.Records(type));
        var types = ControlSubject.Of(framework).Select(s => s.Definition?.RecordedType).OfType<string>().ToList();
        var recorded = types.Count(t => Records(t) && Records(ResourceTracking.ResourceComplianceType));
        return recorded == types.Count ? RecordingStatus.Active : recorded == 0 ? RecordingStatus.Inactive : RecordingStatus.PartiallyActive;
    }
}
