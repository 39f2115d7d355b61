using System.Text.RegularExpressions;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Roles;

/// <summary>BKP3081: a generated role's name is 1 to 64 characters of <c>[\w+=,.@-]</c> (CloudFormation's AWS::IAM::Role schema).</summary>
internal sealed partial class GeneratedRoleNameIsValid : IValidator<GeneratedRole>
{
    internal const int MaxLength = 64;

    public void Check(GeneratedRole role, ValidationContext context)
    {
        if (!role.IsGenerated || role.Options.RoleName is not { } name || Token.IsUnresolved(name))
        {
            return;
        }

        if (Problem(name) is { } problem)
        {
            context.Report(SelectionConstraints.GeneratedRoleName, role.Owner, null, role.Property(nameof(GeneratedRoleOptions.RoleName)), name, problem);
        }
    }

    internal static string? Problem(string name)
    {
        if (name.Length == 0)
        {
            return "is empty";
        }

        if (name.Length > MaxLength)
        {
            return $"has {name.Length} characters";
        }

        var bad = name.Where(c => !NameCharacter().IsMatch(c.ToString())).Distinct().ToList();
        return bad.Count == 0 ? null : $"has {string.Join(", ", bad.Select(c => char.IsWhiteSpace(c) ? "a space" : $"'{c}'"))}";
    }

    /// <summary>IAM's name characters: <c>\w</c> is ASCII letters, digits and <c>_</c> there, so the class is spelled out.</summary>
    [GeneratedRegex("^[A-Za-z0-9_+=,.@-]$", RegexOptions.CultureInvariant)]
    internal static partial Regex NameCharacter();
}
