using Backup.Iac.Validation.Vaults;

namespace Backup.Iac.Validation;

/// <summary>Copy action checks (COPY).</summary>
internal static class CopyChecks
{
    public static readonly IReadOnlyList<IValidator<CopySubject>> All =
    [
        new ReservedVaultTargets(),
    ];
}
