using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Rules;

/// <summary>
/// RULE-024: at most 50 recovery point tags (error), and a warning when the rule's tags plus the tag keys that every
/// selected resource must carry (from a selection's tag conditions, or its only ListOfTags entry) exceed 50, since rule
/// tags take priority and the resource's own tags beyond 50 are dropped.
/// </summary>
internal sealed class RecoveryPointTagLimit : IValidator<RuleSubject>
{
    private const int Limit = 50;
    private const string TagPrefix = "aws:ResourceTag/";

    public void Check(RuleSubject subject, ValidationContext context)
    {
        if (subject.Rule.RecoveryPointTags is not { Count: > 0 } tags)
        {
            return;
        }

        if (tags.Count > Limit)
        {
            context.Report(RuleConstraints.TooManyRecoveryPointTags, subject.Plan, subject.SubPath, nameof(BackupPlanRule.RecoveryPointTags), tags.Count, tags.Count - Limit);
            return;
        }

        var ruleKeys = tags.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var selection in subject.Plan.Selections)
        {
            var (extra, described) = ExtraKeys(selection.Options, ruleKeys);
            if (extra > 0 && ruleKeys.Count + extra > Limit)
            {
                context.Report(RuleConstraints.RecoveryPointTagsCrowdOut, subject.Plan, subject.SubPath, nameof(BackupPlanRule.RecoveryPointTags),
                    ruleKeys.Count, selection.Id, extra, described, Limit - extra);
                return;
            }
        }
    }

    /// <summary>How many tag keys, besides the rule's, every resource of the selection carries at least, and a description of them.</summary>
    private static (int Count, string Described) ExtraKeys(BackupSelectionOptions options, HashSet<string> ruleKeys)
    {
        var required = new SortedSet<string>(StringComparer.Ordinal);
        if (options.Conditions is { } conditions)
        {
            foreach (var condition in conditions.StringEquals.Concat(conditions.StringLike))
            {
                if (condition.Key.StartsWith(TagPrefix, StringComparison.Ordinal) && !Token.IsUnresolved(condition.Key))
                {
                    required.Add(condition.Key[TagPrefix.Length..]);
                }
            }
        }

        var onlyTags = options.Resources.Count > 0 && options.Resources.All(r => r.Tag is not null);
        var listed = onlyTags ? options.Resources.Select(r => r.Tag?.Key).OfType<string>().Where(k => !Token.IsUnresolved(k)).Distinct().ToList() : [];
        if (listed.Count == 1)
        {
            required.Add(listed[0]);
        }

        var extra = required.Where(k => !ruleKeys.Contains(k)).ToList();
        var parts = extra.Select(k => $"'{k}'").ToList();
        if (listed.Count > 1 && !listed.Any(k => ruleKeys.Contains(k) || required.Contains(k)))
        {
            parts.Add("one of " + string.Join(", ", listed.Select(k => $"'{k}'")));
        }

        return (parts.Count, string.Join(", ", parts));
    }
}
