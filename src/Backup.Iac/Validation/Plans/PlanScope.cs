namespace Backup.Iac.Validation.Plans;

/// <summary>
/// The plans that share an account and Region with a plan (PLAN-004, PLAN-016): those of every stack of the app with the
/// same known account and Region, or only those of its own stack when its account or Region is unknown at synth time.
/// </summary>
internal static class PlanScope
{
    /// <summary>The plans in the same account and Region as <paramref name="plan"/>, in app order, the plan included.</summary>
    public static IEnumerable<BackupPlan> SameAccountAndRegion(BackupPlan plan, BackupApp app)
    {
        var stack = plan.Stack;
        var environment = Environment(stack);
        foreach (var other in app.Stacks)
        {
            if (ReferenceEquals(other, stack) || (environment is not null && Environment(other) == environment))
            {
                foreach (var candidate in other.Descendants().OfType<BackupPlan>())
                {
                    yield return candidate;
                }
            }
        }
    }

    /// <summary>Where the plans are, for messages: <c>account 111122223333, Region eu-west-1</c> or <c>stack 'Prod'</c>.</summary>
    public static string Describe(BackupStack stack) =>
        Environment(stack) is { } e ? $"account {e.Account}, Region {e.Region}" : $"stack '{stack.StackName}'";

    private static (string Account, string Region)? Environment(BackupStack stack) =>
        stack is { Account: { } account, Region: { } region } && !Token.IsUnresolved(account) && !Token.IsUnresolved(region)
            ? (account, region)
            : null;
}
