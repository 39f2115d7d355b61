using System.Collections.Immutable;
using Backup.Iac.Graph;

namespace Backup.Iac;

/// <summary>The outcome of <see cref="BackupApp.Synth"/>: every diagnostic, and the resource graphs when there is no error.</summary>
/// <param name="Diagnostics">The diagnostics, in a deterministic order (stack, then construct order, then code).</param>
/// <param name="Graphs">One graph per stack; empty when there is an error.</param>
public sealed record SynthResult(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<ResourceGraph> Graphs)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The errors.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);

    /// <summary>The warnings.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == Severity.Warning);
}
