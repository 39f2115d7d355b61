namespace Backup.Iac;

/// <summary>
/// A report template. Jobs templates report on backup, copy, restore or scan jobs and take no frameworks; compliance
/// templates report on frameworks (their controls or the resources they evaluate) and take framework ARNs. Every
/// template can cover other accounts, organizational units and Regions (from the management or a delegated
/// administrator account); such reports are CSV only. <c>NumberOfFrameworks</c> is not a CloudFormation property and
/// is never written.
/// </summary>
public sealed record ReportTemplate
{
    private ReportTemplate(string name, bool isCompliance, bool isKnown)
    {
        Name = name;
        IsCompliance = isCompliance;
        IsKnown = isKnown;
    }

    /// <summary>The template's name, e.g. <c>BACKUP_JOB_REPORT</c>.</summary>
    public string Name { get; }

    /// <summary>Whether the template reports on frameworks (and so takes framework ARNs).</summary>
    public bool IsCompliance { get; }

    /// <summary>Whether the name is one of the documented templates.</summary>
    public bool IsKnown { get; }

    /// <summary>Backup jobs.</summary>
    public static ReportTemplate BackupJobs { get; } = new("BACKUP_JOB_REPORT", false, true);

    /// <summary>Copy jobs.</summary>
    public static ReportTemplate CopyJobs { get; } = new("COPY_JOB_REPORT", false, true);

    /// <summary>Restore jobs.</summary>
    public static ReportTemplate RestoreJobs { get; } = new("RESTORE_JOB_REPORT", false, true);

    /// <summary>Malware scan jobs (newer than the developer guide; in the AWS Backup API model).</summary>
    public static ReportTemplate ScanJobs { get; } = new("SCAN_JOB_REPORT", false, true);

    /// <summary>The compliance of each control of the frameworks.</summary>
    public static ReportTemplate ControlCompliance { get; } = new("CONTROL_COMPLIANCE_REPORT", true, true);

    /// <summary>The compliance of each resource the frameworks evaluate.</summary>
    public static ReportTemplate ResourceCompliance { get; } = new("RESOURCE_COMPLIANCE_REPORT", true, true);

    /// <summary>The six documented templates.</summary>
    public static IReadOnlyList<ReportTemplate> All { get; } = [BackupJobs, CopyJobs, RestoreJobs, ScanJobs, ControlCompliance, ResourceCompliance];

    /// <summary>The template with a name; an unknown name gives a template that validation rejects.</summary>
    /// <param name="name">The name, e.g. <c>BACKUP_JOB_REPORT</c>.</param>
    /// <returns>The template.</returns>
    public static ReportTemplate FromName(string name) => All.FirstOrDefault(t => t.Name == name) ?? new ReportTemplate(name, false, false);

    /// <inheritdoc />
    public override string ToString() => Name;
}
