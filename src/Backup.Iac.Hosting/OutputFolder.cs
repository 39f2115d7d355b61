using System.Globalization;
using System.Text;

namespace Backup.Iac;

/// <summary>
/// How synth changes an output folder (docs/security.md): one synth at a time (an exclusive lock on
/// <c>DIR/.backup-iac/lock</c>), the new files staged complete and flushed in <c>DIR/.backup-iac/stage</c>, then a
/// journal naming them, then one atomic rename per file. A crash before the journal leaves the templates as they were;
/// a crash after it is completed by the next synth (roll forward). A failure in this process puts the old files back.
/// </summary>
internal static class OutputFolder
{
    /// <summary>The folder of the tool's own bookkeeping inside an output folder.</summary>
    public const string StateFolder = ".backup-iac";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Test seam: called with a file's final path before it is staged (a test throws to play a full disk).</summary>
    internal static Action<string>? BeforeStage { get; set; }

    /// <summary>Test seam: called with the output folder and the number of files renamed into place so far (a test throws to play a crash).</summary>
    internal static Action<string, int>? AfterRename { get; set; }

    /// <summary>How long a synth waits for another one writing to the same folder before it gives up.</summary>
    internal static TimeSpan LockTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Takes the exclusive lock on the output folder (creating the folder), waiting with a message while another synth
    /// holds it, then completes or cleans what an interrupted synth left there.
    /// </summary>
    /// <returns>The lock; disposing it releases it.</returns>
    public static IDisposable Lock(string dir, TextWriter status)
    {
        var state = Path.Combine(dir, StateFolder);
        Directory.CreateDirectory(state);
        var path = Path.Combine(state, "lock");
        System.Diagnostics.Stopwatch? waiting = null;
        while (true)
        {
            try
            {
                // FileShare.None takes flock(LOCK_EX) on Unix: released by the kernel when the process dies, even by kill -9.
                var held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                try
                {
                    Recover(dir, status);
                }
                catch
                {
                    held.Dispose();
                    throw;
                }

                return held;
            }
            catch (IOException e) when (IsLocked(e))
            {
                if (waiting is null)
                {
                    status.WriteLine($"Waiting for another synth to finish writing to '{dir}' (lock {path}) ...");
                    waiting = System.Diagnostics.Stopwatch.StartNew();
                }
                else if (waiting.Elapsed > LockTimeout)
                {
                    throw new IOException($"Another synth has been writing to '{dir}' for more than {LockTimeout.TotalMinutes:0} minutes (lock {path}).", e);
                }

                Thread.Sleep(20);
            }
        }
    }

    /// <summary>Whether opening failed because another process holds the lock (EWOULDBLOCK from flock, a sharing violation on Windows).</summary>
    private static bool IsLocked(IOException e) => e.HResult is unchecked((int)0x80070020) or unchecked((int)0x80070021) or 11;

    /// <summary>
    /// Writes every file: staged in full first, then a journal, then renamed into place one by one (each rename replaces
    /// the old file atomically, and replaces a symbolic link rather than following it). Call under <see cref="Lock"/>.
    /// </summary>
    /// <exception cref="IOException">A file cannot be written; the folder's templates are then as they were.</exception>
    public static void Write(string dir, IReadOnlyList<OutputFile> files)
    {
        var state = Path.Combine(dir, StateFolder);
        var stage = Path.Combine(state, "stage");
        var old = Path.Combine(state, "old");
        DeleteFolder(stage);
        DeleteFolder(old);
        try
        {
            foreach (var (name, write) in files)
            {
                var final = Path.Combine(dir, name);
                if (Directory.Exists(final))
                {
                    throw new IOException($"'{final}' is a directory.");
                }

                for (var folder = Path.GetDirectoryName(final); !string.IsNullOrEmpty(folder) && folder.Length > dir.Length; folder = Path.GetDirectoryName(folder))
                {
                    if (File.Exists(folder))
                    {
                        throw new IOException($"'{folder}' is a file, where a folder is needed.");
                    }
                }

                BeforeStage?.Invoke(final);
                WriteFlushed(Path.Combine(stage, name), write);
                if (File.Exists(final) && !IsLink(final))
                {
                    // A copy of the old file, to put it back if a rename fails in this process.
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(old, name)) ?? old);
                    File.Copy(final, Path.Combine(old, name));
                }
            }

            // The commit point: once the journal exists, the next synth completes an interrupted write.
            var journal = Path.Combine(state, "journal");
            var names = string.Join('\n', files.Select(f => f.Name.Replace('\\', '/'))) + "\n";
            WriteFlushed(journal + ".tmp", stream => stream.Write(Utf8.GetBytes(names)));
            File.Move(journal + ".tmp", journal, overwrite: true);
        }
        catch
        {
            DeleteFolder(stage);
            DeleteFolder(old);
            TryDelete(Path.Combine(state, "journal.tmp"));
            throw;
        }

        var renamed = new List<string>();
        var created = new List<string>();
        try
        {
            foreach (var (name, _) in files)
            {
                var final = Path.Combine(dir, name);
                CreateParents(Path.GetDirectoryName(final) ?? dir, created);
                File.Move(Path.Combine(stage, name), final, overwrite: true);
                renamed.Add(name);
                AfterRename?.Invoke(dir, renamed.Count);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var name in renamed)
            {
                var saved = Path.Combine(old, name);
                if (File.Exists(saved))
                {
                    File.Move(saved, Path.Combine(dir, name), overwrite: true);
                }
                else
                {
                    TryDelete(Path.Combine(dir, name));
                }
            }

            foreach (var folder in Enumerable.Reverse(created).Where(f => Directory.Exists(f) && !Directory.EnumerateFileSystemEntries(f).Any()))
            {
                Directory.Delete(folder);
            }

            File.Delete(Path.Combine(state, "journal"));
            DeleteFolder(stage);
            DeleteFolder(old);
            throw;
        }

        File.Delete(Path.Combine(state, "journal"));
        DeleteFolder(stage);
        DeleteFolder(old);
    }

    /// <summary>
    /// Completes a write that a crash interrupted after its journal (the new files are renamed into place), removes a
    /// staging area a crash left before it, and the <c>*.tmp-PID</c> and <c>*.tmp-PID.old</c> files of earlier versions.
    /// </summary>
    internal static void Recover(string dir, TextWriter status)
    {
        var state = Path.Combine(dir, StateFolder);
        var stage = Path.Combine(state, "stage");
        var journal = Path.Combine(state, "journal");
        if (File.Exists(journal))
        {
            var completed = 0;
            foreach (var name in File.ReadAllLines(journal).Where(n => n.Length > 0 && !n.Split('/').Contains("..") && !Path.IsPathRooted(n)))
            {
                var staged = Path.Combine(stage, name);
                if (File.Exists(staged))
                {
                    var final = Path.Combine(dir, name);
                    Directory.CreateDirectory(Path.GetDirectoryName(final) ?? dir);
                    File.Move(staged, final, overwrite: true);
                    completed++;
                }
            }

            File.Delete(journal);
            status.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Completed a synth into '{dir}' that was interrupted ({completed} file(s) put in place)."));
        }

        DeleteFolder(stage);
        DeleteFolder(Path.Combine(state, "old"));
        TryDelete(journal + ".tmp");
        RemoveLegacyTemporaries(dir);
    }

    /// <summary>Earlier versions wrote <c>NAME.tmp-PID</c> and kept <c>NAME.tmp-PID.old</c>; a kill left them behind.</summary>
    private static void RemoveLegacyTemporaries(string dir)
    {
        var folders = new[] { dir, Path.Combine(dir, "pulumi") }.Where(Directory.Exists)
            .Concat(Directory.Exists(Path.Combine(dir, "pulumi")) ? Directory.EnumerateDirectories(Path.Combine(dir, "pulumi")) : []);
        foreach (var folder in folders.ToList())
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.tmp-*").ToList())
            {
                var name = Path.GetFileName(file);
                var at = name.LastIndexOf(".tmp-", StringComparison.Ordinal);
                var rest = name[(at + 5)..];
                var isOld = rest.EndsWith(".old", StringComparison.Ordinal);
                var pid = isOld ? rest[..^4] : rest;
                var target = name[..at];
                if (pid.Length == 0 || !pid.All(char.IsAsciiDigit)
                    || !(target.EndsWith(".template.json", StringComparison.Ordinal) || target.EndsWith(".template.yaml", StringComparison.Ordinal) || target == "Pulumi.yaml"))
                {
                    continue;
                }

                var final = Path.Combine(folder, target);
                if (isOld && !File.Exists(final))
                {
                    File.Move(file, final); // killed between moving the old template aside and the new one in: the old one goes back
                }
                else
                {
                    File.Delete(file);
                }
            }
        }
    }

    private static void WriteFlushed(string path, Action<Stream> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path) ?? ".");
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024);
        write(stream);
        stream.Flush(flushToDisk: true);
    }

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    private static void CreateParents(string folder, List<string> created)
    {
        var missing = new Stack<string>();
        for (var f = folder; !string.IsNullOrEmpty(f) && !Directory.Exists(f); f = Path.GetDirectoryName(f))
        {
            missing.Push(f);
        }

        foreach (var f in missing)
        {
            Directory.CreateDirectory(f);
            created.Add(f);
        }
    }

    private static void DeleteFolder(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    private static void TryDelete(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
