namespace Backup.Iac.Tests;

/// <summary>
/// Reads YAML back with PyYAML (YAML 1.1, the loader cfn-lint builds on) and compares it with the JSON template: the
/// real oracle for what a YAML template means to AWS tooling. Skipped where python3 with PyYAML is not installed.
/// </summary>
internal static class PyYaml
{
    private const string Script = "import json,sys,yaml\na=yaml.safe_load(open(sys.argv[1],encoding='utf-8'))\nb=json.load(open(sys.argv[2],encoding='utf-8'))\nprint('same' if a==b else 'differ: '+repr(a)[:400])";

    private static readonly Lazy<bool> Available = new(() => Tool.Run("python3", ["-c", "import yaml"], out _) == 0);

    public static void AssertSameAsJson(string yaml, string json)
    {
        if (!Available.Value)
        {
            return;
        }

        var dir = Directory.CreateTempSubdirectory("backup-iac-pyyaml-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "t.yaml"), yaml);
            File.WriteAllText(Path.Combine(dir, "t.json"), json);
            Assert.Equal(0, Tool.Run("python3", ["-c", Script, Path.Combine(dir, "t.yaml"), Path.Combine(dir, "t.json")], out var output));
            Assert.Equal("same", output.Trim());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
