namespace Backup.Iac.Validation.Roles;

/// <summary>
/// The checks of generated roles (issue 16, BKP3081-BKP3087), run for every construct that generates one: backup
/// selections, restore testing selections and backup service roles.
/// </summary>
internal sealed class GeneratedRoleChecks : IValidator<BackupSelection>, IValidator<RestoreTestingSelection>, IValidator<BackupServiceRole>
{
    /// <summary>The one instance, registered for each kind that generates a role.</summary>
    public static readonly GeneratedRoleChecks Instance = new();

    public static readonly IReadOnlyList<IValidator<GeneratedRole>> All =
    [
        new GeneratedRoleOptionsApply(),
        new GeneratedRoleNameIsValid(),
        new GeneratedRoleNameIsUnique(),
        new GeneratedRoleHasPolicies(),
        new GeneratedRoleManagedPolicies(),
        new GeneratedRoleManagedPolicyQuota(),
        new GeneratedRoleInlinePolicies(),
    ];

    public void Check(BackupSelection subject, ValidationContext context) => Run(GeneratedRole.Of(subject), context);

    public void Check(RestoreTestingSelection subject, ValidationContext context) => Run(GeneratedRole.Of(subject), context);

    public void Check(BackupServiceRole subject, ValidationContext context) => Run(GeneratedRole.Of(subject), context);

    private static void Run(GeneratedRole role, ValidationContext context)
    {
        foreach (var validator in All)
        {
            validator.Check(role, context);
        }
    }
}
