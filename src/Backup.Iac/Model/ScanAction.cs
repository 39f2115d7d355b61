namespace Backup.Iac;

/// <summary>A malware scan of each recovery point (<c>ScanActions</c>); needs a matching plan <see cref="ScanSetting"/>.</summary>
/// <param name="MalwareScanner">The scanner; only <c>GUARDDUTY</c>.</param>
/// <param name="ScanMode"><c>FULL_SCAN</c> or <c>INCREMENTAL_SCAN</c>.</param>
public sealed record ScanAction(string MalwareScanner, string ScanMode)
{
    /// <summary>A GuardDuty scan.</summary>
    /// <param name="incremental">Whether to scan only what changed since the last scan.</param>
    /// <returns>The action.</returns>
    public static ScanAction GuardDuty(bool incremental = false) => new("GUARDDUTY", incremental ? "INCREMENTAL_SCAN" : "FULL_SCAN");
}
