using System.Collections.Immutable;

namespace Backup.Iac;

/// <summary>The result of <see cref="Audit.Evaluate"/>: every framework and report plan of the app, judged against the estate before deployment.</summary>
/// <param name="Frameworks">The frameworks, in app order.</param>
/// <param name="ReportPlans">The report plans, in app order.</param>
public sealed record AuditReport(ImmutableArray<FrameworkAudit> Frameworks, ImmutableArray<ReportPlanAudit> ReportPlans)
{
    /// <summary>Whether a control of some framework would be non-compliant.</summary>
    public bool HasNonCompliance => Frameworks.Any(f => f.Status == ComplianceStatus.NonCompliant);

    /// <summary>Every non-compliant finding, with the framework and control it belongs to.</summary>
    public IEnumerable<(FrameworkAudit Framework, ControlAudit Control, AuditFinding Finding)> NonCompliant =>
        Frameworks.SelectMany(f => f.Controls.SelectMany(c => c.Findings.Where(x => x.Status == ComplianceStatus.NonCompliant).Select(x => (f, c, x))));
}
