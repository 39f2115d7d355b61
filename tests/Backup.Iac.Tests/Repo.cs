namespace Backup.Iac.Tests;

/// <summary>Paths of the repository and of ../shared, found from the test assembly's folder.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared beside the repository (BACKUP_IAC_SHARED names another folder, to try a clone without it).</summary>
    public static string Shared => Environment.GetEnvironmentVariable("BACKUP_IAC_SHARED") is { Length: > 0 } other
        ? Path.GetFullPath(other)
        : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>
    /// Why a test that reads ../shared is skipped: the folder is missing (a user's clone) and this is not CI. Under
    /// CI=true nothing is skipped, so such a test fails there and CI never silently loses it. Null: run the test.
    /// </summary>
    public static string? SharedSkipReason =>
        Directory.Exists(Shared) || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"Needs ../shared (AWS docs, reference schemas and the corpus beside the repository), which is not at {Shared}. Under CI=true this test runs (and fails) instead of being skipped.";

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Backup.Iac.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Backup.Iac.sln not found above " + AppContext.BaseDirectory);
    }
}
