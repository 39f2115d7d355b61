using System.Collections.Immutable;

namespace Backup.Iac;

/// <summary>The outcome of <see cref="BackupPolicyDocument.Parse"/>.</summary>
/// <param name="Document">The typed document (empty when the text is not JSON); unreadable parts are left out.</param>
/// <param name="Diagnostics">The problems found, each with the JSON path of its node as <see cref="Diagnostic.Property"/>.</param>
public sealed record BackupPolicyParseResult(BackupPolicyDocument Document, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
