using System.Reflection;

namespace Backup.Iac;

/// <summary>The package version an assembly was built as (one version for all Backup.Iac packages, Directory.Build.props).</summary>
internal static class ProductVersion
{
    /// <summary>The informational version (<c>0.1.0</c>, or a prerelease such as <c>0.2.0-beta.1</c>).</summary>
    public static string Of(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? assembly.GetName().Version?.ToString(3)
        ?? "0.0.0";
}
