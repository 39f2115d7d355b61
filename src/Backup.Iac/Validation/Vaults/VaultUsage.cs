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

    /// <summary>
    /// Whether two stacks deploy to the same account and Region: the same stack, or both with a known, equal account
    /// and Region.
    /// </summary>
    public static bool SameEnvironment(BackupStack a, BackupStack b) =>
        ReferenceEquals(a, b)
        || (Known(a.Account) && Known(a.Region) && a.Account == b.Account && a.Region == b.Region);

    /// <summary>The account and Region of a stack, for messages.</summary>
    public static string Describe(BackupStack stack) =>
        Known(stack.Account) && Known(stack.Region)
            ? $"account {stack.Account}, Region {stack.Region}"
            : $"the environment of stack '{stack.StackName}'";

    /// <summary>The account of a stack when it is known at synth time.</summary>
    public static string? AccountOf(BackupStack stack) => Known(stack.Account) ? stack.Account : null;

    /// <summary>Whether a value is given and fully known at synth time.</summary>
    public static bool Known(string? value) => !string.IsNullOrEmpty(value) && !Token.IsUnresolved(value);

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
