using System.Text.RegularExpressions;
using Backup.Iac.Tests;

namespace Backup.Iac.Cdk.Tests;

/// <summary>The construct library's place in the one-way pipeline (STYLE §1).</summary>
public sealed partial class ArchitectureTests
{
    /// <summary>
    /// Backup.Iac for validation and lowering (the graph comes with it), the CloudFormation emitter only for its limits
    /// (BKP8001, BKP8002: the CDK output is CloudFormation, so they are reported exactly as natively), and the CDK.
    /// </summary>
    [Fact]
    public void The_construct_library_references_the_core_the_CloudFormation_limits_and_the_CDK_only()
    {
        var text = File.ReadAllText(Repo.PathOf("constructs", "Backup.Iac.Cdk", "Backup.Iac.Cdk.csproj"));
        // Backup.Iac.Package: only for the package dependency on Backup.Iac (it compiles nothing).
        Assert.Equal(["Backup.Iac", "Backup.Iac.Emit.CloudFormation", "Backup.Iac.Package"], Reference().Matches(text).Select(m => m.Groups[1].Value).Order());
        Assert.Equal(["Amazon.CDK.Lib", "Constructs"], Package().Matches(text).Select(m => m.Groups[1].Value).Order());
        var core = File.ReadAllText(Repo.PathOf("src", "Backup.Iac", "Backup.Iac.csproj"));
        Assert.DoesNotContain("Amazon.CDK", core, StringComparison.Ordinal);
    }

    [GeneratedRegex("<ProjectReference Include=\"[^\"]*/([^/\"]+)\\.csproj\"", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [GeneratedRegex("<PackageReference Include=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Package();
}
