using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Rules;

/// <summary>RULE-015: a completion window does not bound FSx backups; warned when the plan selects FSx explicitly.</summary>
internal sealed class RuleCompletionWindowFsx : IValidator<RuleSubject>
{
    public void Check(RuleSubject subject, ValidationContext context)
    {
        if (subject.Rule.CompletionWindow is not { } window || !context.Selectable(subject.Plan).CanSelect(ResourceTypeFacts.Fsx))
        {
            return;
        }

        if (SelectedTypes.ExplicitlySelecting(subject.Plan, ResourceTypeFacts.Fsx) is { } selection)
        {
            context.Report(RuleConstraints.CompletionWindowFsx, subject.Plan, subject.SubPath, nameof(BackupPlanRule.CompletionWindow), window, selection.Id);
        }
    }
}
