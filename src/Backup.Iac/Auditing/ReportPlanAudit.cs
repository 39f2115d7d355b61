using System.Collections.Immutable;

namespace Backup.Iac;

/// <summary>What a report plan will deliver, where and when (RPT-007, RPT-026, RPT-028).</summary>
/// <param name="Path">The report plan's construct path.</param>
/// <param name="ReportPlanName">The report plan's name.</param>
/// <param name="Template">The report template.</param>
/// <param name="Delivery">Where reports land, e.g. <c>s3://bucket/prefix/Backup/111122223333/eu-west-1/YYYY/MM/DD/</c>.</param>
/// <param name="Frameworks">The frameworks covered (paths of frameworks of the app, or ARNs).</param>
/// <param name="Notes">When reports arrive and what deletion leaves behind.</param>
public sealed record ReportPlanAudit(string Path, string ReportPlanName, string Template, string Delivery, ImmutableArray<string> Frameworks, ImmutableArray<string> Notes);
