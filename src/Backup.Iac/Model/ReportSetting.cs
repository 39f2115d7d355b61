namespace Backup.Iac;

/// <summary>What a report plan reports on: a template, the frameworks (compliance templates), and the accounts, organizational units and Regions it covers.</summary>
public sealed record ReportSetting
{
    /// <summary>The report template.</summary>
    public required ReportTemplate ReportTemplate { get; init; }

    /// <summary>The frameworks a compliance report covers (1 to 1,000); frameworks of the same stack are written as <c>Fn::GetAtt</c>.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyList<IFramework> Frameworks { get; init; } = [];

    /// <summary>Account IDs the report covers, or <c>ROOT</c> for every account of the organization (management or delegated administrator account only).</summary>
    /// <value>Default: none (the deploying account).</value>
    public IReadOnlyList<string> Accounts { get; init; } = [];

    /// <summary>Organizational unit IDs (<c>ou-xxxx-yyyyyyyy</c>) the report covers (management or delegated administrator account only).</summary>
    /// <value>Default: none.</value>
    public IReadOnlyList<string> OrganizationUnits { get; init; } = [];

    /// <summary>Region codes the report covers, or <c>*</c> for every Region.</summary>
    /// <value>Default: none (the deploying Region).</value>
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>A report of backup jobs.</summary>
    /// <returns>The setting.</returns>
    public static ReportSetting BackupJobs() => new() { ReportTemplate = ReportTemplate.BackupJobs };

    /// <summary>A report of copy jobs.</summary>
    /// <returns>The setting.</returns>
    public static ReportSetting CopyJobs() => new() { ReportTemplate = ReportTemplate.CopyJobs };

    /// <summary>A report of restore jobs.</summary>
    /// <returns>The setting.</returns>
    public static ReportSetting RestoreJobs() => new() { ReportTemplate = ReportTemplate.RestoreJobs };

    /// <summary>A report of malware scan jobs.</summary>
    /// <returns>The setting.</returns>
    public static ReportSetting ScanJobs() => new() { ReportTemplate = ReportTemplate.ScanJobs };

    /// <summary>A report of the compliance of each control of the frameworks.</summary>
    /// <param name="frameworks">The frameworks (1 to 1,000).</param>
    /// <returns>The setting.</returns>
    public static ReportSetting ControlCompliance(params IReadOnlyList<IFramework> frameworks) =>
        new() { ReportTemplate = ReportTemplate.ControlCompliance, Frameworks = frameworks };

    /// <summary>A report of the compliance of each resource the frameworks evaluate.</summary>
    /// <param name="frameworks">The frameworks (1 to 1,000).</param>
    /// <returns>The setting.</returns>
    public static ReportSetting ResourceCompliance(params IReadOnlyList<IFramework> frameworks) =>
        new() { ReportTemplate = ReportTemplate.ResourceCompliance, Frameworks = frameworks };
}
