namespace Backup.Iac;

/// <summary>
/// AWS Backup Audit Manager quotas that the account has raised (Service Quotas). Validation checks the defaults
/// unless a stack declares a raised value here.
/// </summary>
public sealed record AuditManagerQuotas
{
    /// <summary>Frameworks per account and Region.</summary>
    /// <value>Default: AWS's default (15 in the quota table, 10 in the user guide: more than 10 is warned, more than 15 rejected).</value>
    public int? Frameworks { get; init; }

    /// <summary>Controls per account and Region, over all frameworks.</summary>
    /// <value>Default: 50.</value>
    public int? Controls { get; init; }

    /// <summary>Report plans per account.</summary>
    /// <value>Default: 20.</value>
    public int? ReportPlans { get; init; }
}
