namespace Backup.Iac;

/// <summary>One resource of the estate (or a group of resources a scope names) as a control would judge it, and why.</summary>
/// <param name="Path">The construct path of what is judged (a plan, a rule, a vault, a selection), or of the control when the resources are not constructs.</param>
/// <param name="Status">The predicted status.</param>
/// <param name="Reason">Why, in the estate's terms.</param>
public sealed record AuditFinding(string Path, ComplianceStatus Status, string Reason);
