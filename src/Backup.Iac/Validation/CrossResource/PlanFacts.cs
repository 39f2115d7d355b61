using Backup.Iac.Validation.Vaults;

namespace Backup.Iac.Validation.CrossResource;

/// <summary>Facts about plans that several cross-resource checks share.</summary>
internal static class PlanFacts
{
    /// <summary>
    /// The plans of the app before <paramref name="plan"/> (in construct order) that deploy to the same account and
    /// Region, so that a check between two plans reports once, at the later one.
    /// </summary>
    public static IEnumerable<BackupPlan> EarlierInEnvironment(BackupPlan plan, ValidationContext context) =>
        context.App.Descendants().OfType<BackupPlan>().TakeWhile(p => !ReferenceEquals(p, plan))
            .Where(p => VaultUsage.SameEnvironment(p.Stack, plan.Stack));

    /// <summary>The name of a rule's vault when it is known at synth time, else null.</summary>
    public static string? VaultName(BackupPlan plan, int index) =>
        plan.VaultOf(index)?.VaultName is { } name && !Token.IsUnresolved(name) ? name : null;

    /// <summary>Whether two known vault names are different vaults (names that differ only in case are not judged).</summary>
    public static bool DifferentVaults(string? a, string? b) =>
        a is not null && b is not null && !string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>"continuous" or "snapshot", for messages.</summary>
    public static string Kind(BackupPlanRule rule) => rule.EnableContinuousBackup ? "continuous" : "snapshot";
}
