using System.Text;

namespace Backup.Iac;

/// <summary>
/// Writes a single output file (<c>lint --output</c>, <c>convert</c>) safely: the text goes to a new temporary file in the
/// same folder, which is then renamed over the target. A rename replaces a symbolic link planted at the target instead of
/// writing through it, a reader never sees a half-written file, and a failure leaves the previous file as it was.
/// </summary>
internal static class ReportFile
{
    /// <summary>Test seam: called with the temporary file's path before its text is written (a test throws to play a full disk).</summary>
    internal static Action<string>? BeforeWrite { get; set; }

    /// <summary>Replaces <paramref name="path"/> with <paramref name="text"/> (UTF-8, no BOM).</summary>
    /// <exception cref="IOException">It cannot be written; the previous file, if any, is unchanged.</exception>
    public static void Replace(string path, string text)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full) && new DirectoryInfo(full).LinkTarget is null)
        {
            throw new IOException($"'{path}' is a directory.");
        }

        var folder = Path.GetDirectoryName(full) ?? ".";
        var temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Path.GetRandomFileName() + ".tmp");
        try
        {
            // CreateNew fails on anything already there (a planted link included) instead of opening it.
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                BeforeWrite?.Invoke(temp);
                stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }

            throw;
        }
    }

    /// <summary>
    /// The path with every symbolic link in it resolved (as realpath(3) does), so that two names of one file compare
    /// equal; a missing tail is kept as written.
    /// </summary>
    public static string Canonical(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var parts = new Queue<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        var current = root;
        var hops = 0;
        while (parts.Count > 0)
        {
            var next = Path.Combine(current, parts.Dequeue());
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target && hops++ < 40)
            {
                var resolved = Path.GetFullPath(target, current);
                var rest = parts.ToArray();
                parts = new Queue<string>(resolved[(Path.GetPathRoot(resolved) ?? "/").Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
                current = Path.GetPathRoot(resolved) ?? "/";
                continue;
            }

            current = next;
        }

        return current;
    }
}
