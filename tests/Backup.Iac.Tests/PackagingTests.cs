using System.Text.RegularExpressions;
using Backup.Iac.Cli;

namespace Backup.Iac.Tests;

/// <summary>One version for all packages (Directory.Build.props): the tool, the app host and the templates say the same.</summary>
public partial class PackagingTests
{
    private static string Version => VersionElement().Match(File.ReadAllText(Repo.PathOf("Directory.Build.props"))).Groups[1].Value;

    [Fact]
    public void The_tool_and_the_app_host_print_the_package_version()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+", Version);
        var tool = new StringWriter();
        Assert.Equal(0, CliApp.Run(["--version"], tool, new StringWriter()));
        Assert.Equal(Version, tool.ToString().Trim());
        var host = new StringWriter();
        Assert.Equal(0, BackupAppHost.Run(new BackupApp(), ["--version"], host, new StringWriter(), color: false));
        Assert.Equal(Version, host.ToString().Trim());
    }

    [Fact]
    public void The_templates_reference_the_packages_of_this_version()
    {
        var projects = Directory.EnumerateFiles(Repo.PathOf("src", "Backup.Iac.Templates", "templates"), "*.csproj", SearchOption.AllDirectories).ToList();
        Assert.Equal(3, projects.Count);
        var references = projects.SelectMany(p => BackupIacReference().Matches(File.ReadAllText(p))).ToList();
        Assert.Equal(["Backup.Iac", "Backup.Iac.Cdk", "Backup.Iac.Testing"], references.Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));
        Assert.All(references, m => Assert.Equal(Version, m.Groups[2].Value));
    }

    [GeneratedRegex("<Version>([^<]+)</Version>", RegexOptions.CultureInvariant)]
    private static partial Regex VersionElement();

    [GeneratedRegex("<PackageReference Include=\"(Backup\\.Iac[^\"]*)\" Version=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex BackupIacReference();
}
