namespace Backup.Iac.Tests;

/// <summary>
/// Golden-file comparison: on mismatch writes <c>NAME.actual.EXT</c> beside the expected file and fails with the
/// first difference; <c>UPDATE_GOLDEN=1 dotnet test</c> rewrites the expected files.
/// </summary>
internal static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public static void Match(string relativePath, string actual)
    {
        var expectedPath = Repo.PathOf(relativePath.Split('/'));
        var actualPath = Path.Combine(Path.GetDirectoryName(expectedPath)!, Path.GetFileNameWithoutExtension(expectedPath) + ".actual" + Path.GetExtension(expectedPath));
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
            File.Delete(actualPath);
            return;
        }

        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : null;
        if (expected == actual)
        {
            File.Delete(actualPath);
            return;
        }

        File.WriteAllText(actualPath, actual);
        Assert.Fail(expected is null
            ? $"Golden file {relativePath} is missing; wrote {actualPath}. Review it, then run UPDATE_GOLDEN=1 dotnet test."
            : $"{relativePath} differs from the output (written to {actualPath}): {FirstDifference(expected, actual)}. If the change is intended, run UPDATE_GOLDEN=1 dotnet test and review the diff.");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end>";
            var al = i < a.Length ? a[i] : "<end>";
            if (el != al)
            {
                return $"line {i + 1}: expected '{el}', got '{al}'";
            }
        }

        return "line endings differ";
    }
}
