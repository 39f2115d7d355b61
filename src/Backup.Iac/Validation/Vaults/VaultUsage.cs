namespace Backup.Iac.Validation.Vaults;

/// <summary>Facts about where a vault lives and which plans put recovery points into it.</summary>
internal static class VaultUsage
{
    /// <summary>
    /// The plans of the app with a rule that backs up into <paramref name="vault"/> (<see cref="BackupPlan.VaultOf"/>)
    /// or, when <paramref name="withCopies"/>, a copy action that copies into it.
    /// </summary>
    public static IReadOnlyList<BackupPlan> PlansInto(BackupVault vault, ValidationContext context, bool withCopies)
    {
        return context.Facts.PlansInto(vault, withCopies);
    }

    /// <summary>The account and Region of a stack, for messages about vaults.</summary>
    public static string Describe(BackupStack stack) =>
        stack.Environment.IsKnown ? stack.Environment.Describe() : $"the environment of stack '{stack.StackName}'";

    /// <summary>Whether a value is given and fully known at synth time (<see cref="StackEnvironment.Known"/>).</summary>
    public static bool Known(string? value) => StackEnvironment.Known(value);

    /// <summary>A short, readable list of resource types, e.g. <c>EBS and RDS</c>.</summary>
    public static string TypeList(IEnumerable<string> types)
    {
        var list = types.Order(StringComparer.Ordinal).ToList();
        return list.Count switch
        {
            0 => "no resource type",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
    }
}
