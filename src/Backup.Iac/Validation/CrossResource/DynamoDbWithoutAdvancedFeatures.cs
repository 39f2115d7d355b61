using Backup.Iac.Catalog;
using Backup.Iac.Validation.Copies;
using Backup.Iac.Validation.Lifecycles;
using Backup.Iac.Validation.Settings;

namespace Backup.Iac.Validation.CrossResource;

/// <summary>
/// XR-007: without advanced DynamoDB backup, DynamoDB backups get no cold storage, no cross-Region or cross-account
/// copies and no tags. Reported only when the Region settings of the plan's account and Region set DynamoDB to false in
/// either map: without that the model does not know (accounts created after November 2021 have the features on by
/// default, DG L7392-7393). The plan can select DynamoDB when a selection names tables, or, when the settings opt
/// DynamoDB in, through its tag and <c>*</c> selections. Recovery point tags on named tables are RULE-025's.
/// </summary>
internal sealed class DynamoDbWithoutAdvancedFeatures : IValidator<RuleSubject>
{
    public void Check(RuleSubject rule, ValidationContext context)
    {
        var preferences = RegionPreferences.For(rule.Plan.Stack, context);
        if (preferences.AdvancedDynamoDbOff() is not { } off)
        {
            return;
        }

        var named = context.NamedTypes(rule.Plan).Contains(ResourceTypeFacts.DynamoDb);
        var byTag = !named && preferences.OptIn(ResourceTypeFacts.DynamoDb) == true
            && context.Selectable(rule.Plan) is { IsOpenEnded: true } selectable && selectable.CanSelect(ResourceTypeFacts.DynamoDb);
        if (!named && !byTag)
        {
            return;
        }

        var uses = new List<(string Feature, string Property)>();
        if (IsCold(rule.Rule.Lifecycle) || rule.Rule.CopyActions.Any(c => IsCold(c?.Lifecycle)))
        {
            uses.Add(("cold storage", rule.Rule.Lifecycle is { } life && IsCold(life) ? PropertyPath.Of(nameof(BackupPlanRule.Lifecycle), nameof(Lifecycle.MoveToColdStorageAfter)) : nameof(BackupPlanRule.CopyActions)));
        }

        var copies = rule.Rule.CopyActions.Where(c => c is not null).Select(c => CopyDestination.Of(c.Destination, context).Boundary(context)).OfType<string>().ToList();
        if (copies.Count > 0)
        {
            uses.Add(($"a copy to another {copies[0]}", nameof(BackupPlanRule.CopyActions)));
        }

        if (!named && rule.Rule.RecoveryPointTags is { Count: > 0 })
        {
            uses.Add(("recovery point tags", nameof(BackupPlanRule.RecoveryPointTags)));
        }

        if (uses.Count == 0)
        {
            return;
        }

        var features = uses.Count == 1 ? uses[0].Feature : string.Join(", ", uses.Take(uses.Count - 1).Select(u => u.Feature)) + " and " + uses[^1].Feature;
        var why = named
            ? "the plan's selections name DynamoDB tables"
            : "the plan's tag or '*' selections can pick DynamoDB tables, which the Region settings opt in";
        context.Report(SettingsConstraints.DynamoDbWithoutAdvancedFeatures, rule.Plan, rule.SubPath, uses[0].Property, features, why, off);
    }

    private static bool IsCold(Lifecycle? life) => life?.MoveToColdStorageAfter is { } cold && cold != LifecycleBounds.Sentinel;
}
