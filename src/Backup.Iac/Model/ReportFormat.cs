namespace Backup.Iac;

/// <summary>The file format of audit reports.</summary>
public enum ReportFormat
{
    /// <summary>CSV, the default; the only format of cross-account and cross-Region reports.</summary>
    Csv,

    /// <summary>JSON, produced only for reports on the current account and Region.</summary>
    Json,
}
