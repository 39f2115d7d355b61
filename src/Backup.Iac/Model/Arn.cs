namespace Backup.Iac;

/// <summary>The parts of an ARN: <c>arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE</c>. Parts may hold tokens.</summary>
/// <param name="Partition">The partition.</param>
/// <param name="Service">The service namespace.</param>
/// <param name="Region">The Region (may be empty).</param>
/// <param name="Account">The account (may be empty).</param>
/// <param name="Resource">The resource part (may contain <c>:</c> and <c>/</c>).</param>
public sealed record Arn(string Partition, string Service, string Region, string Account, string Resource)
{
    /// <summary>Splits an ARN into its parts, or returns null when it does not have six <c>:</c>-separated parts.</summary>
    /// <param name="text">The ARN.</param>
    /// <returns>The parts, or null.</returns>
    public static Arn? TryParse(string? text)
    {
        if (text is null || !text.StartsWith("arn:", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = text.Split(':', 6);
        return parts.Length == 6 ? new Arn(parts[1], parts[2], parts[3], parts[4], parts[5]) : null;
    }

    /// <inheritdoc />
    public override string ToString() => $"arn:{Partition}:{Service}:{Region}:{Account}:{Resource}";
}
