using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Rules;

/// <summary>
/// RULE-025: DynamoDB backups carry no tags without advanced DynamoDB backup. Warned when the rule has recovery point
/// tags and the plan selects DynamoDB tables explicitly; the model does not know the Region settings (RSET-002), and a
/// tag-only selection may or may not pick tables.
/// </summary>
internal sealed class RecoveryPointTagsDynamoDb : IValidator<RuleSubject>
{
    public void Check(RuleSubject subject, ValidationContext context)
    {
        if (subject.Rule.RecoveryPointTags is not { Count: > 0 } || !context.Selectable(subject.Plan).CanSelect(ResourceTypeFacts.DynamoDb))
        {
            return;
        }

        if (SelectedTypes.ExplicitlySelecting(subject.Plan, ResourceTypeFacts.DynamoDb) is { } selection)
        {
            context.Report(RuleConstraints.DynamoDbTags, subject.Plan, subject.SubPath, nameof(BackupPlanRule.RecoveryPointTags), selection.Id);
        }
    }
}
