using Backup.Iac.Catalog;
using Backup.Iac.Validation.Copies;
using Backup.Iac.Validation.Lifecycles;

namespace Backup.Iac.Validation.CrossResource;

/// <summary>
/// RT-003: feature checks follow catalog table 1.2, and where the table and the prose disagree a warning names the
/// conflict. Timestream cold storage (OQ-015) is the one the checks meet: LC-005 treats Timestream as cold-capable, so a
/// cold transition of a rule or copy in a plan whose selections name Timestream tables gets this note. The other
/// conflict, copies of RDS Multi-AZ DB clusters (OQ-016), is COPY-011's, which already takes the restrictive reading.
/// </summary>
internal sealed class TimestreamColdStorageConflict : IValidator<RuleSubject>
{
    public void Check(RuleSubject rule, ValidationContext context)
    {
        if (!context.NamedTypes(rule.Plan).Contains(ResourceTypeFacts.Timestream))
        {
            return;
        }

        Check(rule.Rule.Lifecycle, "rule", rule.SubPath, rule, context);
        for (var i = 0; i < rule.Rule.CopyActions.Count; i++)
        {
            if (rule.Rule.CopyActions[i] is { } copy)
            {
                Check(copy.Lifecycle, "copy action", new CopySubject(rule, copy, i).SubPath, rule, context);
            }
        }
    }

    private static void Check(Lifecycle? life, string what, string subPath, RuleSubject rule, ValidationContext context)
    {
        if (life?.MoveToColdStorageAfter is { } cold && cold != LifecycleBounds.Sentinel)
        {
            context.Report(SettingsConstraints.FeatureTableConflict, rule.Plan, subPath,
                LifecycleSubject.Property(nameof(Lifecycle.MoveToColdStorageAfter)), what, cold);
        }
    }
}
