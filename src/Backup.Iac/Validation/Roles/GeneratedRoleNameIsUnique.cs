using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Roles;

/// <summary>BKP3086: two generated roles of one account have the same name (IAM names are unique per account, ignoring case).</summary>
internal sealed class GeneratedRoleNameIsUnique : IValidator<GeneratedRole>
{
    public void Check(GeneratedRole role, ValidationContext context)
    {
        if (!role.IsGenerated || role.Options.RoleName is not { } name || Token.IsUnresolved(name)
            || role.Owner.Stack.Account is not { } account || Token.IsUnresolved(account))
        {
            return;
        }

        if (context.Facts.FirstRoleNamed(account, name) is { } first && !ReferenceEquals(first, role.Owner))
        {
            context.Report(SelectionConstraints.GeneratedRoleNameTaken, role.Owner, null, role.Property(nameof(GeneratedRoleOptions.RoleName)), name, first.Path, account);
        }
    }
}
