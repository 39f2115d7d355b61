namespace Backup.Iac.Validation.Indexes;

/// <summary>What a resource-type string in a plan or rule field is, for RT-001 and RT-002.</summary>
internal enum ResourceTypeStringKind
{
    /// <summary>Unknown at synth time (a token) or absent: not checked.</summary>
    Deferred,

    /// <summary>Breaks the API pattern <c>^[a-zA-Z0-9\-\_\.]{1,50}$</c> and is no documented name (RT-002).</summary>
    Malformed,

    /// <summary>Well formed, but no AWS Backup resource type (RT-001).</summary>
    Undocumented,

    /// <summary>A documented resource type (table 1.1); the field may still accept only some of them.</summary>
    Documented,
}

/// <summary>
/// Classifies the resource-type strings of <c>AdvancedBackupSettings[].ResourceType</c>, <c>ScanSettings[].ResourceTypes[]</c>
/// and <c>IndexActions[].ResourceTypes[]</c>, so that each bad value gets exactly one diagnostic: RT-002 when it breaks the
/// pattern, RT-001 when it names no resource type, otherwise the field's own rule (PLAN-008, PLAN-023, IDX-002).
/// </summary>
internal static class ResourceTypeStrings
{
    /// <summary>The types advanced backup settings exist for (PLAN-008, OQ-055).</summary>
    public static readonly IReadOnlyList<string> AdvancedSettingTypes = [ResourceTypeFacts.Ec2, ResourceTypeFacts.S3];

    /// <summary>The types a backup index can be created for (IDX-002).</summary>
    public static readonly IReadOnlyList<string> IndexTypes = [ResourceTypeFacts.Ebs, ResourceTypeFacts.S3];

    /// <summary>The types of BOTO's <c>ScanResourceType</c> enum (PLAN-023).</summary>
    public static readonly IReadOnlyList<string> ScanTypes = [ResourceTypeFacts.Ebs, ResourceTypeFacts.Ec2, ResourceTypeFacts.S3];

    /// <summary>The seed's spelling of <c>FSx</c> (DG L30663), accepted on input (OQ-023).</summary>
    private const string SeedFsxSpelling = "FSX";

    public static ResourceTypeStringKind Classify(string? value)
    {
        if (value is null || Token.IsUnresolved(value))
        {
            return ResourceTypeStringKind.Deferred;
        }

        if (value == SeedFsxSpelling || ResourceTypeFacts.Features.ContainsKey(value))
        {
            return ResourceTypeStringKind.Documented; // names with spaces are documented exceptions to the pattern (RT-002)
        }

        return Patterns.BackupName().IsMatch(value) ? ResourceTypeStringKind.Undocumented : ResourceTypeStringKind.Malformed;
    }

    /// <summary>Why a malformed value breaks the pattern, e.g. <c>it contains a space</c>.</summary>
    public static string WhyMalformed(string value) =>
        value.Length == 0 ? "it is empty"
        : value.Length > 50 ? $"{value.Length} characters"
        : value.Any(char.IsWhiteSpace) ? "it contains a space"
        : "it contains characters other than letters, digits, '-', '_' and '.'";

    /// <summary>"Did you mean 'EBS'? " for a near miss, or an empty string.</summary>
    public static string Suggestion(string value, IReadOnlyList<string> allowed)
    {
        var trimmed = value.Trim();
        var sameLetters = ResourceTypeFacts.All.FirstOrDefault(t => string.Equals(t, trimmed, StringComparison.OrdinalIgnoreCase));
        var near = sameLetters ?? allowed.FirstOrDefault(t => Spelling.Distance(t.ToUpperInvariant(), trimmed.ToUpperInvariant(), 1) == 1);
        return near is null ? "" : $"Did you mean '{near}'? ";
    }

    /// <summary>The allowed values as prose: <c>EBS, EC2 or S3</c>.</summary>
    public static string Describe(IReadOnlyList<string> allowed) =>
        allowed.Count == 1 ? allowed[0] : string.Join(", ", allowed.Take(allowed.Count - 1)) + " or " + allowed[^1];

}
