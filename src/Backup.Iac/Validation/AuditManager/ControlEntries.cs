using System.Globalization;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.AuditManager;

/// <summary>
/// FW-010 (known control names), FW-011 (parameter pairs, each name once; a control entry not repeated), FW-012 (only
/// the control's parameters), CTRL-BP-01 and CTRL-ENC-01 (controls that take no parameters).
/// </summary>
internal sealed class ControlEntries : IValidator<Framework>
{
    public void Check(Framework framework, ValidationContext context)
    {
        var seen = new List<(string Key, int Index)>();
        foreach (var subject in ControlSubject.Of(framework))
        {
            var control = subject.Control;
            var definition = subject.Definition;
            if (definition is null)
            {
                if (!Token.IsUnresolved(control.ControlName))
                {
                    context.Report(FrameworkConstraints.UnknownControl, framework, subject.SubPath, nameof(FrameworkControl.ControlName),
                        control.ControlName ?? "", AuditFacts.Suggestion(control.ControlName, ControlCatalog.All.Select(c => c.Name)));
                }

                continue;
            }

            var key = FrameworkDuplicatesAndQuotas.ControlKey(control, withScopes: true);
            if (seen.FirstOrDefault(s => s.Key == key) is { Key: not null } earlier)
            {
                context.Report(FrameworkConstraints.SameControlTwice, framework, subject.SubPath, null, earlier.Index);
            }

            seen.Add((key, subject.Index));
            CheckParameters(subject, definition, context);
        }
    }

    private static void CheckParameters(ControlSubject subject, ControlDefinition definition, ValidationContext context)
    {
        var parameters = subject.Control.Parameters ?? [];
        if (parameters.Count > 0 && definition.Parameters.Count == 0)
        {
            var constraint = definition == ControlCatalog.RecoveryPointEncrypted ? ControlConstraints.EncryptionTakesNoParameters : ControlConstraints.PlanCoverageTakesNoParameters;
            context.Report(constraint, subject.Framework, subject.SubPath, nameof(FrameworkControl.Parameters), parameters.Count,
                string.Join(", ", parameters.Select(p => p?.ParameterName ?? "(none)")));
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < parameters.Count; i++)
        {
            var p = parameters[i];
            var problem = p is null ? $"Parameter {i} is missing"
                : string.IsNullOrWhiteSpace(p.ParameterName) ? string.Create(CultureInfo.InvariantCulture, $"Parameter {i} has no ParameterName")
                : string.IsNullOrWhiteSpace(p.ParameterValue) ? $"Parameter '{p.ParameterName}' has an empty ParameterValue"
                : !names.Add(p.ParameterName) ? $"Parameter '{p.ParameterName}' is given twice"
                : null;
            if (problem is not null)
            {
                context.Report(FrameworkConstraints.ParameterEntries, subject.Framework, subject.SubPath, PropertyPath.Of(nameof(FrameworkControl.Parameters)).Index(i), problem);
                continue;
            }

            if (p is not null && !Token.IsUnresolved(p.ParameterName) && definition.Parameter(p.ParameterName) is null)
            {
                context.Report(FrameworkConstraints.UnknownParameter, subject.Framework, subject.SubPath, ControlSubject.Property(p.ParameterName),
                    definition.Name, p.ParameterName, AuditFacts.Suggestion(p.ParameterName, definition.Parameters.Select(d => d.Name)),
                    string.Join(", ", definition.Parameters.Select(d => d.Name)));
            }
        }
    }
}
