using System.Collections.Immutable;

namespace Backup.Iac;

/// <summary>The static evaluation of one framework against the estate of its own account and Region.</summary>
/// <param name="Path">The framework's construct path.</param>
/// <param name="FrameworkName">The framework's name.</param>
/// <param name="Environment">Where it evaluates, e.g. <c>account 111122223333, Region eu-west-1</c>.</param>
/// <param name="Status">Non-compliant if any control is, compliant only if every control is (PRE-010), else run time or insufficient data.</param>
/// <param name="Recording">The framework status AWS will show, from the declared resource tracking (PRE-004).</param>
/// <param name="Controls">The controls.</param>
public sealed record FrameworkAudit(string Path, string FrameworkName, string Environment, ComplianceStatus Status, RecordingStatus Recording, ImmutableArray<ControlAudit> Controls);
