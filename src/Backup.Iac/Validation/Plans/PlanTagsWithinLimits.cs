using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Plans;

/// <summary>
/// PLAN-013: plan tags keep to the AWS tag limits: keys of 1 to 128 characters (CFN schema) that do not start with
/// <c>aws:</c>, values of at most 256 characters and at most 50 tags ([NIS] standard tag limits).
/// </summary>
internal sealed class PlanTagsWithinLimits : IValidator<BackupPlan>
{
    private const int MaxTags = 50;
    private const int MaxKeyLength = 128;
    private const int MaxValueLength = 256;

    public void Check(BackupPlan plan, ValidationContext context)
    {
        if (plan.Props.Tags is not { } tags)
        {
            return;
        }

        if (tags.Count > MaxTags)
        {
            context.Report(PlanConstraints.PlanTags, plan, null, nameof(BackupPlanProps.Tags), $"there are {tags.Count} tags");
        }

        foreach (var (key, value) in tags.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (Token.IsUnresolved(key))
            {
                continue;
            }

            var property = PropertyPath.Of(nameof(BackupPlanProps.Tags)).Item(key);
            if (key.Length == 0)
            {
                context.Report(PlanConstraints.PlanTags, plan, null, property, "a key is empty");
            }
            else if (key.Length > MaxKeyLength)
            {
                context.Report(PlanConstraints.PlanTags, plan, null, property, $"the key '{key[..20]}...' has {key.Length} characters");
            }
            else if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
            {
                context.Report(PlanConstraints.PlanTags, plan, null, property, $"the key '{key}' starts with the reserved prefix 'aws:'");
            }

            if (value is not null && !Token.IsUnresolved(value) && value.Length > MaxValueLength)
            {
                context.Report(PlanConstraints.PlanTags, plan, null, property, $"the value of '{key}' has {value.Length} characters");
            }
        }
    }
}
