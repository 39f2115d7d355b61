namespace Backup.Iac.Validation.Plans;

/// <summary>
/// The plans that share an account and Region with a plan (PLAN-004, PLAN-016): those of every stack of the app with the
/// same known account and Region, or only those of its own stack when its account or Region is unknown at synth time.
/// The plans of each scope are listed once per synth by <see cref="ValidationFacts.PlansInScope"/>.
/// </summary>
internal static class PlanScope
{
    /// <summary>Where the plans are, for messages: <c>account 111122223333, Region eu-west-1</c> or <c>stack 'Prod'</c>.</summary>
    public static string Describe(BackupStack stack) =>
        Environment(stack) is { } e ? $"account {e.Account}, Region {e.Region}" : $"stack '{stack.StackName}'";

    /// <summary>The known account and Region of a stack, or null when either is unknown (then its plans count alone).</summary>
    public static (string Account, string Region)? Environment(BackupStack stack) =>
        stack is { Account: { } account, Region: { } region } && !Token.IsUnresolved(account) && !Token.IsUnresolved(region)
            ? (account, region)
            : null;
}
