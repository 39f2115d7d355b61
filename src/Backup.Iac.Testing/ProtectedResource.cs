namespace Backup.Iac.Testing;

/// <summary>The resource an intent assertion is about.</summary>
internal sealed record ProtectedResource(string? ArnText, Arn? Arn, IReadOnlyDictionary<string, string> Tags)
{
    public override string ToString() =>
        (ArnText ?? "a resource") + (Tags.Count == 0 ? "" : " tagged " + string.Join(", ", Tags.Select(t => $"{t.Key}={t.Value}")));
}
