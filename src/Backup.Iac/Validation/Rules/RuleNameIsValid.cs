using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Rules;

/// <summary>RULE-001, RULE-002: the rule name (given, or the default built from the plan's ID) is present and matches the API pattern.</summary>
internal sealed class RuleNameIsValid : IValidator<RuleSubject>
{
    public void Check(RuleSubject subject, ValidationContext context)
    {
        var name = Token.WithEnvironment(subject.Name, subject.Plan.Stack);
        if (Token.IsUnresolved(name))
        {
            return;
        }

        if (name.Length == 0)
        {
            context.Report(RuleConstraints.NameRequired, subject.Plan, subject.SubPath, nameof(BackupPlanRule.RuleName));
        }
        else if (!Patterns.BackupName().IsMatch(name))
        {
            var why = name.Length > 50 ? $"{name.Length} characters" : "it contains other characters";
            var fix = subject.Rule.RuleName is null
                ? $"The default name comes from the plan's construct ID '{subject.Plan.Id}'; set RuleName to 1 to 50 letters, digits, '-', '_' or '.'"
                : "Use 1 to 50 letters, digits, '-', '_' or '.' (no spaces)";
            context.Report(RuleConstraints.NamePattern, subject.Plan, subject.SubPath, nameof(BackupPlanRule.RuleName), name, why, fix);
        }
    }
}
