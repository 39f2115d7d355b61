namespace Backup.Iac.Import;

/// <summary>
/// The files <c>backup-iac lint</c> checks for the paths it is given: a file as given; a folder searched for
/// <c>*.json</c>, <c>*.yaml</c>, <c>*.yml</c> and <c>*.template</c>. Links to folders met in the search are not
/// followed (they can form loops) and are reported; each real file is checked once, however many links lead to it; a
/// folder that cannot be listed is reported and the search goes on.
/// </summary>
public static class LintInputs
{
    private static readonly string[] Extensions = [".json", ".yaml", ".yml", ".template"];

    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Lints the files of the paths, in the order given; a folder's files in ordinal order of their paths.</summary>
    /// <param name="paths">Files and folders.</param>
    /// <returns>One result per file, and per folder or link that was not searched.</returns>
    public static IReadOnlyList<LintedFile> Lint(IEnumerable<string> paths) => Lint(paths, ListFolder, LintEnvironment.Unknown);

    /// <summary>As <see cref="Lint(IEnumerable{string})"/>, for templates deployed to a known account and Region.</summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="environment">The account and Region the templates are deployed to, as far as known.</param>
    /// <returns>One result per file, and per folder or link that was not searched.</returns>
    public static IReadOnlyList<LintedFile> Lint(IEnumerable<string> paths, LintEnvironment environment) => Lint(paths, ListFolder, environment);

    /// <summary>As <see cref="Lint(IEnumerable{string})"/>, with the listing of a folder given (tests inject failures).</summary>
    internal static IReadOnlyList<LintedFile> Lint(IEnumerable<string> paths, Func<string, IEnumerable<FileSystemInfo>> list, LintEnvironment? environment = null)
    {
        environment ??= LintEnvironment.Unknown;
        ArgumentNullException.ThrowIfNull(paths);
        var results = new List<LintedFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (SourceFile.KindOf(path) is SourceFile.FileKind.Directory)
            {
                foreach (var (entry, refused) in Search(path, list))
                {
                    if (refused is not null)
                    {
                        results.Add(refused);
                    }
                    else if (Once(entry, seen))
                    {
                        results.Add(Linter.LintFile(entry, environment));
                    }
                }
            }
            else if (Once(path, seen))
            {
                results.Add(Linter.LintFile(path, environment));
            }
        }

        return results;
    }

    /// <summary>Whether to lint a path: a regular file the first time its real path is met; anything else (refused, or missing) always.</summary>
    private static bool Once(string path, HashSet<string> seen) => SourceFile.KindOf(path) is not SourceFile.FileKind.Regular || seen.Add(RealPath(path));

    /// <summary>The template files under a folder, and what could not be searched, ordered by path.</summary>
    private static List<(string Path, LintedFile? Refused)> Search(string root, Func<string, IEnumerable<FileSystemInfo>> list)
    {
        var found = new List<(string Path, LintedFile? Refused)>();
        var folders = new Stack<string>();
        folders.Push(root);
        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = [.. list(folder)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                found.Add((folder, Linter.Refused(ImportConstraints.FolderUnreadable, folder, e.Message)));
                continue;
            }

            foreach (var entry in entries)
            {
                // Attributes are -1 when they cannot be read (a path too long to stat): a folder is then listed, and fails as such.
                var attributes = entry.Attributes;
                var isLink = attributes != (FileAttributes)(-1) && attributes.HasFlag(FileAttributes.ReparsePoint);
                if (entry is DirectoryInfo || isLink && SourceFile.KindOf(entry.FullName) is SourceFile.FileKind.Directory)
                {
                    if (isLink)
                    {
                        found.Add((entry.FullName, Linter.Refused(ImportConstraints.LinkNotFollowed, Path.Combine(folder, entry.Name), entry.LinkTarget ?? "?")));
                    }
                    else
                    {
                        folders.Push(Path.Combine(folder, entry.Name));
                    }
                }
                else if (Extensions.Any(x => entry.Name.EndsWith(x, StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add((Path.Combine(folder, entry.Name), null));
                }
            }
        }

        return found.Select(f => (f.Refused?.Path ?? f.Path, f.Refused)).OrderBy(f => f.Item1, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<FileSystemInfo> ListFolder(string folder) => new DirectoryInfo(folder).EnumerateFileSystemInfos("*", OneLevel);

    /// <summary>The file's path with every link resolved, to check each real file once.</summary>
    private static string RealPath(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var directory = Path.GetDirectoryName(full);
            var resolvedDirectory = directory is null ? null : (new DirectoryInfo(directory).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? directory);
            var file = new FileInfo(resolvedDirectory is null ? full : Path.Combine(resolvedDirectory, Path.GetFileName(full)));
            return file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file.FullName;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return path;
        }
    }
}
