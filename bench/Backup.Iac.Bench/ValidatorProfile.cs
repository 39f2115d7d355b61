using System.Diagnostics;
using System.Globalization;
using Backup.Iac.Validation;

namespace Backup.Iac.Bench;

/// <summary>
/// <c>--profile</c>: a stopwatch per validator over the bench estate (the walk of <see cref="Validator.Validate"/> for
/// the construct kinds the estate has), to find where validation spends its time. Prints the ten costliest.
/// </summary>
internal static class ValidatorProfile
{
    private static readonly Dictionary<string, long> Allocated = [];

    public static void Print(int estates)
    {
        Allocated.Clear();
        var app = Estates.Build(estates);
        var context = new ValidationContext(app);
        var cost = new Dictionary<string, double>();
        foreach (var stack in app.Stacks)
        {
            context.Stack = stack;
            Run(Validator.StackValidators, stack, context, cost);
            foreach (var node in stack.Descendants())
            {
                switch (node)
                {
                    case BackupVault vault:
                        Run(Validator.VaultValidators, vault, context, cost);
                        break;
                    case BackupSelection selection:
                        Run(Validator.SelectionValidators, selection, context, cost);
                        break;
                    case BackupPlan plan:
                        Run(Validator.PlanValidators, plan, context, cost);
                        for (var i = 0; i < plan.Rules.Count; i++)
                        {
                            var rule = new RuleSubject(plan, i, plan.Rules[i]);
                            Run(Validator.RuleValidators, rule, context, cost);
                            if (rule.Rule.Lifecycle is { } lifecycle)
                            {
                                Run(Validator.LifecycleValidators, new LifecycleSubject(rule, lifecycle, null, -1), context, cost);
                            }

                            for (var c = 0; c < rule.Rule.CopyActions.Count; c++)
                            {
                                Run(Validator.CopyValidators, new CopySubject(rule, rule.Rule.CopyActions[c], c), context, cost);
                            }
                        }

                        break;
                }
            }
        }

        var total = cost.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  validators at {estates:N0} estates: {total:F0} ms in all; the costliest:"));
        foreach (var (name, ms) in cost.OrderByDescending(p => p.Value).Take(10))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {ms,9:F1} ms  {name}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  allocated by the validators: {Allocated.Values.Sum() / 1e6:F1} MB; the most:"));
        foreach (var (name, bytes) in Allocated.OrderByDescending(p => p.Value).Take(10))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {bytes / 1e6,9:F2} MB  {name}"));
        }
    }

    private static void Run<T>(IReadOnlyList<IValidator<T>> validators, T subject, ValidationContext context, Dictionary<string, double> cost)
    {
        foreach (var validator in validators)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            validator.Check(subject, context);
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            var name = validator.GetType().Name;
            cost[name] = cost.GetValueOrDefault(name) + elapsed;
            Allocated[name] = Allocated.GetValueOrDefault(name) + (GC.GetAllocatedBytesForCurrentThread() - bytes);
        }
    }
}
