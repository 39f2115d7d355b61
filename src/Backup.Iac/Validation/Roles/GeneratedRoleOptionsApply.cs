using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Roles;

/// <summary>BKP3083: GeneratedRole is set on a selection that is given a Role, so the options are not applied.</summary>
internal sealed class GeneratedRoleOptionsApply : IValidator<GeneratedRole>
{
    public void Check(GeneratedRole role, ValidationContext context)
    {
        if (role.IsGenerated || !role.HasExplicitOptions)
        {
            return;
        }

        var o = role.Options;
        var set = new List<string>();
        if (o.RoleName is not null)
        {
            set.Add(nameof(o.RoleName));
        }

        if (o.DisableDefaultPolicies)
        {
            set.Add(nameof(o.DisableDefaultPolicies));
        }

        if (o.ManagedPolicyArns.Count > 0)
        {
            set.Add(nameof(o.ManagedPolicyArns));
        }

        if (o.InlinePolicies.Count > 0)
        {
            set.Add(nameof(o.InlinePolicies));
        }

        if (o.PermissionsBoundaryArn is not null)
        {
            set.Add(nameof(o.PermissionsBoundaryArn));
        }

        if (set.Count > 0)
        {
            context.Report(SelectionConstraints.GeneratedRoleOptionsIgnored, role.Owner, null, role.Property(set[0]), string.Join(", ", set));
        }
    }
}
