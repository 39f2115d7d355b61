using Backup.Iac.Kinds;
using Backup.Iac.Lowering;

namespace Backup.Iac.Validation.Roles;

/// <summary>
/// A role that Backup.Iac generates (a backup or restore testing selection's role when Role is unset, a backup service
/// role) with its IAM options, as the role checks see it: one subject for every kind that generates a role, so that the
/// checks and their property paths are written once.
/// </summary>
internal sealed class GeneratedRole
{
    private readonly string? prefix;

    private GeneratedRole(Construct owner, GeneratedRoleOptions options, string? prefix, string work, bool generated, int defaultPolicies)
    {
        Owner = owner;
        Options = options;
        this.prefix = prefix;
        Work = work;
        IsGenerated = generated;
        DefaultPolicyCount = defaultPolicies;
    }

    /// <summary>The construct that generates the role (diagnostics are reported at it).</summary>
    public Construct Owner { get; }

    /// <summary>The IAM options (empty options when none are given).</summary>
    public GeneratedRoleOptions Options { get; }

    /// <summary>What the role does, for messages: <c>backup</c>, <c>restore test</c>, <c>backup and restore</c>.</summary>
    public string Work { get; }

    /// <summary>Whether a role is generated at all (false when the selection is given a Role).</summary>
    public bool IsGenerated { get; }

    /// <summary>Whether the options were set explicitly (a selection's GeneratedRole), for the check that they apply.</summary>
    public bool HasExplicitOptions => prefix is not null && !ReferenceEquals(Options, None);

    /// <summary>How many AWS managed policies the role gets by default (before DisableDefaultPolicies).</summary>
    public int DefaultPolicyCount { get; }

    private static readonly GeneratedRoleOptions None = new();

    /// <summary>The property of an option: <c>GeneratedRole.RoleName</c> for a selection, <c>RoleName</c> for a service role.</summary>
    public string Property(string member) => prefix is null ? PropertyPath.Of(member) : PropertyPath.Of(prefix, member);

    /// <summary>The property of an item of a list option: <c>GeneratedRole.ManagedPolicyArns[1]</c>.</summary>
    public string Property(string member, int index) => Item(member, index);

    /// <summary>The property of a member of an item of a list option: <c>GeneratedRole.InlinePolicies[0].PolicyName</c>.</summary>
    public string Property(string member, int index, string then) => Item(member, index).Then(then);

    private PropertyPath Item(string member, int index) => (prefix is null ? PropertyPath.Of(member) : PropertyPath.Of(prefix, member)).Index(index);

    public static GeneratedRole Of(BackupSelection selection) => new(
        selection, selection.Options.GeneratedRole ?? None, nameof(BackupSelectionOptions.GeneratedRole), "backup", selection.Options.Role is null,
        BackupSelectionKind.RolePolicies(selection).Count);

    public static GeneratedRole Of(RestoreTestingSelection selection) => new(
        selection, selection.Options.GeneratedRole ?? None, nameof(RestoreTestingSelectionOptions.GeneratedRole), "restore test", selection.Options.Role is null,
        RestoreTestingSelectionKind.RolePolicies(selection).Count);

    public static GeneratedRole Of(BackupServiceRole role) => new(
        role, BackupRoles.OptionsOf(role.Props), null, "backup and restore", generated: true, role.Props.S3 ? 4 : 2);

    /// <summary>The subject of any construct that generates a role, or null.</summary>
    public static GeneratedRole? For(Construct construct) => construct switch
    {
        BackupSelection s => Of(s),
        RestoreTestingSelection r => Of(r),
        BackupServiceRole r => Of(r),
        _ => null,
    };
}
