using System.Buffers;
using System.Collections.Immutable;
using System.Text;

namespace Backup.Iac.Emit;

/// <summary>Whether an emitter produced its output.</summary>
public enum EmitStatus
{
    /// <summary>The output exists; the diagnostics hold warnings and infos only.</summary>
    Succeeded,

    /// <summary>A diagnostic is an error: there is no output, not even part of it.</summary>
    Failed,
}

/// <summary>
/// What every emitter returns (the CloudFormation template, the Pulumi YAML program), as Bicep's <c>EmitResult</c> does:
/// a status, the diagnostics the emitter's own checks found (what its target cannot express, codes BKP8001-BKP8199) and
/// the output. An emitter refuses by itself: when one of its diagnostics is an error the status is
/// <see cref="EmitStatus.Failed"/> and there is no output, so a caller can never write half a document. Nothing the
/// target cannot express is dropped without a diagnostic here.
/// </summary>
public sealed class EmitResult
{
    private EmitResult(EmitStatus status, ImmutableArray<Diagnostic> diagnostics, EmitOutput? output)
    {
        Status = status;
        Diagnostics = diagnostics;
        Output = output;
    }

    /// <summary>Whether the output exists.</summary>
    public EmitStatus Status { get; }

    /// <summary>What the emitter's own checks found, in the order it found them.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The output, written on demand (UTF-8 straight to a stream, or as text); null when the status is <see cref="EmitStatus.Failed"/>.</summary>
    public EmitOutput? Output { get; }

    /// <summary>Whether the status is <see cref="EmitStatus.Succeeded"/>.</summary>
    public bool Succeeded => Status == EmitStatus.Succeeded;

    /// <summary>
    /// The result of an emitter's checks: failed (no output, <paramref name="output"/> is not called) when a diagnostic is
    /// an error, otherwise succeeded with the output.
    /// </summary>
    /// <param name="diagnostics">What the emitter's checks found.</param>
    /// <param name="output">Makes the output; called only when no diagnostic is an error.</param>
    /// <returns>The result.</returns>
    public static EmitResult Of(IEnumerable<Diagnostic> diagnostics, Func<EmitOutput> output)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(output);
        var found = diagnostics.ToImmutableArray();
        return found.Any(d => d.Severity == Severity.Error)
            ? new EmitResult(EmitStatus.Failed, found, null)
            : new EmitResult(EmitStatus.Succeeded, found, output() ?? throw new InvalidOperationException("The emitter made no output."));
    }

    /// <summary>The output as text (written anew on each read), or null when the status is <see cref="EmitStatus.Failed"/>.</summary>
    public string? Text => Output?.ToText();

    /// <summary>The output as text, for callers that want the whole document in memory (tests, small tools).</summary>
    /// <returns>The text.</returns>
    /// <exception cref="InvalidOperationException">The emitter refused (<see cref="EmitStatus.Failed"/>); the message lists its errors.</exception>
    public string GetText() => Output?.ToText() ?? throw new InvalidOperationException(
        "The emitter refused: " + string.Join("; ", Diagnostics.Where(d => d.Severity == Severity.Error)));
}

/// <summary>
/// An emitter's document, written when asked: as UTF-8 (no BOM) to a stream or buffer without a UTF-16 copy of the whole
/// document where the emitter can (the CloudFormation JSON template is written in chunks), or as text. Each call writes
/// the same bytes.
/// </summary>
public abstract class EmitOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>An output that is already text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The output.</returns>
    public static EmitOutput FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new TextOutput(text);
    }

    /// <summary>Writes the document as UTF-8 (no BOM) to a buffer.</summary>
    /// <param name="output">Where the bytes go.</param>
    public abstract void WriteTo(IBufferWriter<byte> output);

    /// <summary>Writes the document as UTF-8 (no BOM) to a stream, then flushes it (it is not closed).</summary>
    /// <param name="output">Where the bytes go.</param>
    public virtual void WriteTo(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>();
        WriteTo(buffer);
        output.Write(buffer.WrittenSpan);
        output.Flush();
    }

    /// <summary>The document as text.</summary>
    /// <returns>The text.</returns>
    public virtual string ToText()
    {
        var buffer = new ArrayBufferWriter<byte>();
        WriteTo(buffer);
        return Utf8.GetString(buffer.WrittenSpan);
    }

    private sealed class TextOutput(string text) : EmitOutput
    {
        public override void WriteTo(IBufferWriter<byte> output)
        {
            ArgumentNullException.ThrowIfNull(output);
            output.Write(Utf8.GetBytes(text));
        }

        public override void WriteTo(Stream output)
        {
            ArgumentNullException.ThrowIfNull(output);
            output.Write(Utf8.GetBytes(text));
            output.Flush();
        }

        public override string ToText() => text;
    }
}
