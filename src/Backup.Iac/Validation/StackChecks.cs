namespace Backup.Iac.Validation;

/// <summary>Stack-wide checks: uniqueness and counts across vaults and plans.</summary>
internal static class StackChecks
{
    public static readonly IReadOnlyList<IValidator<BackupStack>> All =
    [
        new StackIsWritable(),
        new MapKeysAreLiteral(),
    ];
}
