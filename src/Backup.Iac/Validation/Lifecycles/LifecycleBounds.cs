using System.Globalization;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Lifecycles;

/// <summary>
/// Reports a breach of the LC-001 to LC-004 bounds: under the bound's own code for a rule's lifecycle, and as LC-011
/// (BKP2211, with the bound's message inside) for a copy action's lifecycle.
/// </summary>
internal static class LifecycleBounds
{
    /// <summary>The largest retention or cold transition AWS accepts: 36,500 days (100 years).</summary>
    public static readonly Duration Max = Duration.Days(36_500);

    /// <summary>AWS's "keep indefinitely" sentinel (BOTO <c>Lifecycle</c>, OQ-050).</summary>
    public static readonly Duration Sentinel = Duration.Days(-1);

    public static void Report(LifecycleSubject subject, ValidationContext context, Constraint bound, string field, params object?[] args)
    {
        var property = LifecycleSubject.Property(field);
        if (subject.Copy is null)
        {
            context.Report(bound, subject.Rule.Plan, subject.SubPath, property, args);
        }
        else
        {
            var inner = string.Format(CultureInfo.InvariantCulture, bound.Message, args);
            context.Report(LifecycleConstraints.CopyLifecycleBounds, subject.Rule.Plan, subject.SubPath, property, inner);
        }
    }
}
