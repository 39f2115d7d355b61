using System.Reflection;
using System.Text;

namespace Backup.Iac.Tests.Report;

/// <summary>The report's public API is a checked-in file of its own (tests/Golden/PublicApi.Report.txt), as the other assemblies' is.</summary>
public sealed class ReportApiTests
{
    [Fact]
    public void Report_public_api_matches_the_approved_file()
    {
        var sb = new StringBuilder();
        foreach (var type in typeof(Iac.Report.EstateReport).Assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            sb.Append(type.IsEnum ? "enum " : type.IsInterface ? "interface " : type.IsValueType ? "struct " : "class ").Append(type.FullName).Append('\n');
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = type.GetMembers(flags)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && m.Name != "<Clone>$" && !m.Name.StartsWith("op_", StringComparison.Ordinal))
                .Select(m => "  " + m.MemberType.ToString().ToLowerInvariant() + " " + m)
                .Order(StringComparer.Ordinal);
            foreach (var member in members)
            {
                sb.Append(member).Append('\n');
            }
        }

        Golden.Match("tests/Golden/PublicApi.Report.txt", sb.ToString());
    }
}
