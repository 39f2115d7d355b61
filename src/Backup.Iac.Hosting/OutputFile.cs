namespace Backup.Iac;

/// <summary>
/// A file that synth writes into the output folder: its path relative to the folder, and what writes its bytes (a
/// template is emitted straight into its staged file, never held whole in memory as text).
/// </summary>
/// <param name="Name">The path relative to the output folder.</param>
/// <param name="Write">Writes the file's bytes to the stream.</param>
/// <remarks>Emitted files take <see cref="Emit.EmitOutput.WriteTo(Stream)"/> of their emitter's result.</remarks>
internal sealed record OutputFile(string Name, Action<Stream> Write);
