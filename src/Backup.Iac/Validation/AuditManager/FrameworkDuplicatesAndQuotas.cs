using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.AuditManager;

/// <summary>
/// FW-007 (no two frameworks with the same controls and parameters in one account and Region: an error when the scopes
/// match too, a warning when only the scopes differ, GOQ-31), FW-008 (frameworks per account and Region) and FW-009
/// (controls per account and Region), with the quotas a stack declares raised.
/// </summary>
internal sealed class FrameworkDuplicatesAndQuotas : IValidator<Framework>
{
    public void Check(Framework framework, ValidationContext context)
    {
        var frameworks = AuditFacts.InEnvironment<Framework>(framework.Stack, context.App);
        var index = frameworks.IndexOf(framework);
        var where = AuditFacts.Describe(framework.Stack);
        var quotas = AuditFacts.SameEnvironment(framework.Stack, context.App).Select(s => s.Props.AuditManagerQuotas).OfType<AuditManagerQuotas>().ToList();

        var key = ControlsKey(framework, withScopes: false);
        if (key.Length > 0)
        {
            var earlier = frameworks.Take(index).ToList();
            if (earlier.FirstOrDefault(f => ControlsKey(f, withScopes: true) == ControlsKey(framework, withScopes: true)) is { } same)
            {
                context.Report(FrameworkConstraints.Duplicate, framework, null, nameof(FrameworkProps.Controls), same.Path, where);
            }
            else if (earlier.FirstOrDefault(f => ControlsKey(f, withScopes: false) == key) is { } sameButScopes)
            {
                context.Report(FrameworkConstraints.DuplicateExceptScopes, framework, null, nameof(FrameworkProps.Controls), sameButScopes.Path, where);
            }
        }

        var declared = quotas.Select(q => q.Frameworks).OfType<int>().DefaultIfEmpty().Max();
        var limit = declared > 0 ? declared : 15;
        if (frameworks.Count > limit && index == limit)
        {
            context.Report(FrameworkConstraints.TooManyFrameworks, framework, null, null, index + 1, frameworks.Count, where, limit);
        }
        else if (declared == 0 && frameworks.Count > 10 && index == 10)
        {
            context.Report(FrameworkConstraints.MoreThanTenFrameworks, framework, null, null, index + 1, frameworks.Count, where);
        }

        var controlLimit = quotas.Select(q => q.Controls).OfType<int>().DefaultIfEmpty(50).Max();
        var counts = frameworks.Select(f => f.Props.Controls?.Count ?? 0).ToList();
        var total = counts.Sum();
        if (total > controlLimit && counts.Take(index).Sum() <= controlLimit && counts.Take(index + 1).Sum() > controlLimit)
        {
            context.Report(FrameworkConstraints.TooManyControls, framework, null, nameof(FrameworkProps.Controls), where, total, controlLimit);
        }
    }

    /// <summary>The controls of a framework as an order-free text: each control's name and sorted parameters (and scope).</summary>
    private static string ControlsKey(Framework framework, bool withScopes) =>
        string.Join("\n", ControlSubject.Of(framework).Select(s => ControlKey(s.Control, withScopes)).Order(StringComparer.Ordinal));

    /// <summary>A control as text: name, sorted parameters, and (optionally) its scope.</summary>
    internal static string ControlKey(FrameworkControl control, bool withScopes)
    {
        var parameters = string.Join(";", (control.Parameters ?? []).Select(p => p.ParameterName + "=" + p.ParameterValue).Order(StringComparer.Ordinal));
        return control.ControlName + "(" + parameters + ")" + (withScopes ? " " + ScopeKey(control.Scope) : "");
    }

    private static string ScopeKey(ControlScope? scope) => scope is null || scope.IsEmpty ? "{}"
        : "{types:" + string.Join(",", scope.ComplianceResourceTypes.Order(StringComparer.Ordinal))
          + ";ids:" + (scope.ComplianceResourceIds is null ? "-" : string.Join(",", scope.ComplianceResourceIds.Order(StringComparer.Ordinal)))
          + ";tags:" + string.Join(",", (scope.Tags ?? new Dictionary<string, string>()).Select(t => t.Key + "=" + t.Value).Order(StringComparer.Ordinal)) + "}";
}
