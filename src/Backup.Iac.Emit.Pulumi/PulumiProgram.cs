using System.Collections.Immutable;

namespace Backup.Iac.Emit.Pulumi;

/// <summary>The Pulumi YAML program of one stack, and what it could not express (the builder's result; callers get an <see cref="Emit.EmitResult"/>).</summary>
/// <param name="Text">The text of <c>Pulumi.yaml</c>, or null when a diagnostic is an error.</param>
/// <param name="Diagnostics">What the program leaves out (warnings) or cannot write (errors), codes BKP8101-BKP8199.</param>
internal sealed record PulumiProgram(string? Text, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Whether a diagnostic is an error (then there is no text).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
