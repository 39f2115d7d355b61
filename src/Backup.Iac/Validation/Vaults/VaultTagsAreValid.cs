using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Vaults;

/// <summary>
/// VAULT-010: vault tags: keys 1 to 128 characters (CFN schema), not starting with <c>aws:</c>, values at most 256
/// characters, at most 50 tags (standard AWS tag limits). Keys and values with deploy-time parts are not measured.
/// </summary>
internal sealed class VaultTagsAreValid : IValidator<BackupVault>, IValidator<VaultFacets>
{
    private const int MaxTags = 50;

    public void Check(BackupVault vault, ValidationContext context) => Check(VaultFacets.Of(vault), context);

    public void Check(VaultFacets vault, ValidationContext context)
    {
        if (vault.Tags is not { } tags)
        {
            return;
        }

        if (tags.Count > MaxTags)
        {
            vault.Report(context, VaultConstraints.Tags, nameof(BackupVaultProps.Tags),
                $"has {tags.Count} tags", $"Remove {tags.Count - MaxTags} of them");
        }

        foreach (var (key, value) in tags.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var property = PropertyPath.Of(nameof(BackupVaultProps.Tags)).Item(key);
            if (Token.IsUnresolved(key))
            {
                continue;
            }

            if (key.Length is 0 or > 128)
            {
                vault.Report(context, VaultConstraints.Tags, property,
                    $"has a key of {key.Length} characters", "Use a key of 1 to 128 characters");
            }
            else if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
            {
                vault.Report(context, VaultConstraints.Tags, property,
                    $"has the key '{key}', which starts with the reserved prefix 'aws:'", "Rename the key");
            }

            if (value is not null && !Token.IsUnresolved(value) && value.Length > 256)
            {
                vault.Report(context, VaultConstraints.Tags, property,
                    $"has a value of {value.Length} characters under the key '{key}'", "Shorten the value to 256 characters or fewer");
            }
        }
    }
}
