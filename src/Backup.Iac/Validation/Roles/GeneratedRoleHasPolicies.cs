using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Roles;

/// <summary>BKP3082 (SEL-005): a generated role with its default policies dropped and nothing added has no permission at all.</summary>
internal sealed class GeneratedRoleHasPolicies : IValidator<GeneratedRole>
{
    public void Check(GeneratedRole role, ValidationContext context)
    {
        var o = role.Options;
        if (role.IsGenerated && o.DisableDefaultPolicies && o.ManagedPolicyArns.Count == 0 && o.InlinePolicies.Count == 0)
        {
            context.Report(SelectionConstraints.GeneratedRoleWithoutPolicies, role.Owner, null, role.Property(nameof(GeneratedRoleOptions.DisableDefaultPolicies)), role.Work);
        }
    }
}
