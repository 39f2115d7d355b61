namespace Backup.Iac.Validation.Copies;

/// <summary>Region limits of copies and of the EBS archive tier (DG §Feature availability by AWS Region L737-1018).</summary>
internal static class RegionFacts
{
    public const string Beijing = "cn-north-1";
    public const string Ningxia = "cn-northwest-1";
    public const string Calgary = "ca-west-1";

    /// <summary>China (Beijing) or China (Ningxia).</summary>
    public static bool IsChina(string region) => region is Beijing or Ningxia;

    /// <summary>AWS GovCloud (US-East) or (US-West).</summary>
    public static bool IsGovCloud(string region) => region is "us-gov-east-1" or "us-gov-west-1";

    /// <summary>Whether the EBS archive tier exists in the Region (not in China or GovCloud, DG L1015-1016).</summary>
    public static bool HasEbsArchive(string region) => !IsChina(region) && !IsGovCloud(region);
}
