using System.Text;

namespace Backup.Iac;

/// <summary>
/// A file that synth writes into the output folder: its path relative to the folder, and what writes its bytes (a
/// template is emitted straight into its staged file, never held whole in memory as text).
/// </summary>
/// <param name="Name">The path relative to the output folder.</param>
/// <param name="Write">Writes the file's bytes to the stream.</param>
internal sealed record OutputFile(string Name, Action<Stream> Write)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A file whose content is already text (UTF-8, no BOM).</summary>
    public static OutputFile Text(string name, string text) => new(name, stream => stream.Write(Utf8.GetBytes(text)));
}
