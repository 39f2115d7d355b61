using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.AuditManager;

/// <summary>FW-001 (name pattern, full match), FW-004 (unique per account and Region), FW-005 (description), FW-006 (at least one control).</summary>
internal sealed class FrameworkNameAndDescription : IValidator<Framework>
{
    public void Check(Framework framework, ValidationContext context)
    {
        var name = framework.FrameworkName;
        if (!Token.IsUnresolved(name))
        {
            if (AuditFacts.NameProblem(name) is { } problem)
            {
                context.Report(FrameworkConstraints.NamePattern, framework, null, nameof(FrameworkProps.FrameworkName), name, problem, Framework.NameFromId(name, 'F'));
            }
            else if (AuditFacts.InEnvironment<Framework>(framework.Stack, context.App)
                .TakeWhile(f => !ReferenceEquals(f, framework)).FirstOrDefault(f => f.FrameworkName == name) is { } first)
            {
                context.Report(FrameworkConstraints.NameUnique, framework, null, nameof(FrameworkProps.FrameworkName), name, first.Path, AuditFacts.Describe(framework.Stack));
            }
        }

        if (AuditFacts.DescriptionProblem(framework.Props.Description) is { } description)
        {
            context.Report(FrameworkConstraints.Description, framework, null, nameof(FrameworkProps.Description), description);
        }

        if (framework.Props.Controls is null || framework.Props.Controls.Count == 0)
        {
            context.Report(FrameworkConstraints.ControlsRequired, framework, null, nameof(FrameworkProps.Controls));
        }
    }
}
