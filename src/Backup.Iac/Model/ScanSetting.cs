namespace Backup.Iac;

/// <summary>A plan-level malware scan setting (<c>ScanSettings</c>).</summary>
/// <param name="MalwareScanner">The scanner; only <c>GUARDDUTY</c>.</param>
/// <param name="ResourceTypes">The types to scan: <c>EBS</c>, <c>EC2</c>, <c>S3</c>.</param>
/// <param name="ScannerRoleArn">The IAM role the scanner uses.</param>
public sealed record ScanSetting(string MalwareScanner, IReadOnlyList<string> ResourceTypes, string ScannerRoleArn);
