using System.Collections.Immutable;

namespace Backup.Iac;

/// <summary>The static evaluation of one control of a framework.</summary>
/// <param name="Index">The control's position in the framework.</param>
/// <param name="ControlName">The control's name.</param>
/// <param name="Status">The roll-up: non-compliant if any finding is, else run time if any finding needs it, else compliant if any finding is, else insufficient data.</param>
/// <param name="Findings">What the control would judge, one finding per plan, rule, vault, selection or scoped group.</param>
public sealed record ControlAudit(int Index, string ControlName, ComplianceStatus Status, ImmutableArray<AuditFinding> Findings)
{
    /// <summary>What the control evaluates and when, e.g. <c>backup plans, on configuration changes</c>.</summary>
    public string Evaluates { get; init; } = "";

    /// <summary>The control's parameters as the audit applied them, e.g. <c>at least every 24 hours, kept 35 days</c>.</summary>
    public string Requirement { get; init; } = "";

    /// <summary>What only AWS can judge at run time for this control, or null when the estate decides it.</summary>
    public string? RunTimeNote { get; init; }
}
