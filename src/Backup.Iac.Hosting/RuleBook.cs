using Backup.Iac.Catalog;
using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Emit.Pulumi;

namespace Backup.Iac;

/// <summary>Every diagnostic code: the core catalog and the limits of each emitter.</summary>
public static class RuleBook
{
    /// <summary>All rules, in code order.</summary>
    public static IReadOnlyList<Constraint> All { get; } =
        [.. ConstraintCatalog.All.Concat(CloudFormationLimits.All).Concat(StackSetTemplates.All).Concat(PulumiLimits.All).Concat(Import.ImportConstraints.All).OrderBy(c => c.Code, StringComparer.Ordinal)];

    /// <summary>The rule with a code, or null.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The rule, or null.</returns>
    public static Constraint? Find(string code) => All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
}
