using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Selections;

/// <summary>SEL-013, SEL-014: every Conditions entry has a key and a value, and the key has the <c>aws:ResourceTag/</c> form (OQ-013); a key chosen at deploy time is reported, since neither can be checked (the AWS CDK throws).</summary>
internal sealed class SelectionConditionEntries : IValidator<BackupSelection>
{
    public void Check(BackupSelection selection, ValidationContext context)
    {
        foreach (var entry in SelectionFacts.Conditions(selection))
        {
            var (key, value) = (entry.Condition.Key, entry.Condition.Value);
            var noKey = string.IsNullOrEmpty(key);
            var noValue = string.IsNullOrEmpty(value);
            if (noKey || noValue)
            {
                var missing = noKey && noValue ? "key and no value" : noKey ? "key" : "value";
                context.Report(SelectionConstraints.ConditionIncomplete, selection, null, noKey ? entry.KeyProperty : entry.ValueProperty, entry.Operator, missing);
            }

            if (!noKey && Token.IsUnresolved(key))
            {
                context.Report(SelectionConstraints.ConditionKeyAtDeploy, selection, null, entry.KeyProperty, entry.Operator);
            }
            else if (!noKey && !key.StartsWith(SelectionFacts.TagKeyPrefix, StringComparison.OrdinalIgnoreCase))
            {
                context.Report(SelectionConstraints.ConditionKeyPrefix, selection, null, entry.KeyProperty, entry.Operator, key);
            }
        }
    }
}
