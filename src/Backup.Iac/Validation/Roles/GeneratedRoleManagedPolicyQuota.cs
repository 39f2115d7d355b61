using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Roles;

/// <summary>BKP3087: more managed policies than IAM's default quota (10 per role, a warning) or its maximum (20, an error).</summary>
internal sealed class GeneratedRoleManagedPolicyQuota : IValidator<GeneratedRole>
{
    internal const int DefaultQuota = 10;
    internal const int MaxQuota = 20;

    public void Check(GeneratedRole role, ValidationContext context)
    {
        var o = role.Options;
        var defaults = o.DisableDefaultPolicies ? 0 : role.DefaultPolicyCount;
        var total = defaults + o.ManagedPolicyArns.Count;
        if (!role.IsGenerated || total <= DefaultQuota)
        {
            return;
        }

        context.Report(SelectionConstraints.GeneratedRoleManagedPolicyQuota, total > MaxQuota ? Severity.Error : Severity.Warning, role.Owner, null,
            role.Property(nameof(o.ManagedPolicyArns)), total, defaults, o.ManagedPolicyArns.Count);
    }
}
