using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Roles;

/// <summary>BKP3087: more managed policies than IAM's default quota (10 per role; at most 20 after a quota increase).</summary>
internal sealed class GeneratedRoleManagedPolicyQuota : IValidator<GeneratedRole>
{
    internal const int DefaultQuota = 10;

    public void Check(GeneratedRole role, ValidationContext context)
    {
        var o = role.Options;
        var defaults = o.DisableDefaultPolicies ? 0 : role.DefaultPolicyCount;
        var total = defaults + o.ManagedPolicyArns.Count;
        if (!role.IsGenerated || total <= DefaultQuota)
        {
            return;
        }

        context.Report(SelectionConstraints.GeneratedRoleManagedPolicyQuota, role.Owner, null,
            role.Property(nameof(o.ManagedPolicyArns)), total, defaults, o.ManagedPolicyArns.Count);
    }
}
