using System.Text.RegularExpressions;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Vaults;

/// <summary>
/// VAULT-004 (advisory): a heuristic for personal data in a given vault name: an e-mail address, a US social security
/// number shape, or a run of 9 or more digits that is not a 12-digit account ID (passport, card and ID numbers).
/// Dates (8 digits) and account IDs are not flagged; generated names are not checked.
/// </summary>
internal sealed partial class VaultNameHasNoSensitiveData : IValidator<BackupVault>
{
    public void Check(BackupVault vault, ValidationContext context)
    {
        var name = vault.Props.BackupVaultName;
        if (string.IsNullOrEmpty(name) || Token.IsUnresolved(name))
        {
            return;
        }

        var (found, kind) = Find(name);
        if (found is not null)
        {
            context.Report(VaultConstraints.NameSensitiveData, vault, null, nameof(BackupVaultProps.BackupVaultName), name, found, kind);
        }
    }

    private static (string? Found, string Kind) Find(string name)
    {
        if (Email().Match(name) is { Success: true } email)
        {
            return (email.Value, "an e-mail address");
        }

        if (SocialSecurityNumber().Match(name) is { Success: true } ssn)
        {
            return (ssn.Value, "a social security number");
        }

        var digits = DigitRun().Matches(name).FirstOrDefault(m => m.Length != 12);
        return digits is not null ? (digits.Value, $"a personal or card number ({digits.Length} digits)") : (null, "");
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![0-9])[0-9]{3}[-_][0-9]{2}[-_][0-9]{4}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex SocialSecurityNumber();

    [GeneratedRegex(@"(?<![0-9])[0-9]{9,}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRun();
}
