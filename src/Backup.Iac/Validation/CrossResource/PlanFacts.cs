namespace Backup.Iac.Validation.CrossResource;

/// <summary>Facts about plans that several cross-resource checks share.</summary>
internal static class PlanFacts
{
    /// <summary>The name of a rule's vault when it is known at synth time, else null.</summary>
    public static string? VaultName(BackupPlan plan, int index) =>
        plan.VaultOf(index)?.VaultName is { } name && !Token.IsUnresolved(name) ? name : null;

    /// <summary>Whether two known vault names are different vaults (names that differ only in case are not judged).</summary>
    public static bool DifferentVaults(string? a, string? b) =>
        a is not null && b is not null && !string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>"continuous" or "snapshot", for messages.</summary>
    public static string Kind(BackupPlanRule rule) => rule.EnableContinuousBackup ? "continuous" : "snapshot";
}
