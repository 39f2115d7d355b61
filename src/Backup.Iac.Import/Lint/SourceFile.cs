using System.Runtime.InteropServices;

namespace Backup.Iac.Import;

/// <summary>What reading a file gave: its bytes, or why it was not read.</summary>
/// <param name="Bytes">The content, or null when the file was not read.</param>
/// <param name="Problem">Why the file was not read (a sentence), or null.</param>
/// <param name="NotRegular">Whether the path is not a regular file (a device, a FIFO, a socket, a folder): never opened.</param>
public sealed record SourceFileContent(byte[]? Bytes, string? Problem, bool NotRegular);

/// <summary>
/// Reads input files with bounds: only regular files are opened (a device such as <c>/dev/zero</c> or a FIFO has no
/// end, or blocks), and at most <see cref="SourceReader.MaxBytes"/> are read whatever the file system says its size is.
/// </summary>
public static class SourceFile
{
    /// <summary>Reads a file, following links, if it is a regular file of at most <paramref name="maxBytes"/> bytes.</summary>
    /// <param name="path">The path.</param>
    /// <param name="maxBytes">The most bytes read (<see cref="SourceReader.MaxBytes"/> by default).</param>
    /// <returns>The bytes, or the problem.</returns>
    public static SourceFileContent Read(string path, int maxBytes = SourceReader.MaxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var kind = KindOf(path);
            if (kind is not FileKind.Regular)
            {
                return kind is FileKind.Missing
                    ? new SourceFileContent(null, "The file cannot be opened: it does not exist.", NotRegular: false)
                    : new SourceFileContent(null, $"It is {Describe(kind)}, not a regular file.", NotRegular: true);
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
            var buffer = new byte[(int)Math.Min(maxBytes + 1L, Math.Max(0, SafeLength(stream)) + 1L)];
            var read = 0;
            while (true)
            {
                if (read == buffer.Length)
                {
                    if (buffer.Length > maxBytes)
                    {
                        break;
                    }

                    Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1L, Math.Max(4096L, buffer.Length * 2L)));
                }

                var n = stream.Read(buffer, read, buffer.Length - read);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            if (read > maxBytes)
            {
                return new SourceFileContent(null, $"The file is more than {maxBytes:N0} bytes; at most {maxBytes:N0} are read (a CloudFormation template is at most 1 MB).", NotRegular: false);
            }

            return new SourceFileContent(read == buffer.Length ? buffer : buffer[..read], null, NotRegular: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new SourceFileContent(null, $"The file cannot be opened: {e.Message}", NotRegular: false);
        }
    }

    private static long SafeLength(FileStream stream)
    {
        try
        {
            return stream.Length;
        }
        catch (Exception e) when (e is IOException or NotSupportedException)
        {
            return 0;
        }
    }

    /// <summary>What a path is, links followed.</summary>
    internal static FileKind KindOf(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var info = new FileInfo(path);
            return Directory.Exists(path) ? FileKind.Directory
                : !info.Exists ? FileKind.Missing
                : info.Attributes.HasFlag(FileAttributes.Device) ? FileKind.Device : FileKind.Regular;
        }

        // The runtime's own stat (libSystem.Native, which ships with every .NET): its FileStatus starts with
        // int Flags, int Mode; Mode holds the file type bits S_IFMT (the same values on every Unix .NET runs on).
        var status = new byte[256];
        if (NativeMethods.Stat(path, status) != 0)
        {
            return File.Exists(path) || Directory.Exists(path) ? FileKind.Other : FileKind.Missing;
        }

        return (BitConverter.ToInt32(status, 4) & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x2000 or 0x6000 => FileKind.Device,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
    }

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a folder",
        FileKind.Device => "a device",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.Socket => "a socket",
        _ => "not a file",
    };

    /// <summary>The kinds of file system entries.</summary>
    internal enum FileKind
    {
        Missing,
        Regular,
        Directory,
        Device,
        Fifo,
        Socket,
        Other,
    }

    private static class NativeMethods
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] output);
    }
}
