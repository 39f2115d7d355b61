namespace Backup.Iac.Validation.AirGapped;

/// <summary>
/// The retention bounds a vault puts on every backup and copy job into it: a standard vault's lock, or a logically
/// air-gapped vault's <c>MinRetention</c> and <c>MaxRetention</c>. Bounds that other checks reject (not whole days,
/// below 1 day, minimum above maximum) are not used, so that one mistake is reported once.
/// </summary>
internal sealed record VaultBounds(Construct Vault, string Kind, Duration? Min, Duration? Max)
{
    /// <summary>The bounds of a locked standard vault, or null.</summary>
    public static VaultBounds? Of(BackupVault? vault) =>
        vault?.Props.Lock is { } vaultLock ? Create(vault, "locked vault", vaultLock.MinRetention, vaultLock.MaxRetention) : null;

    /// <summary>The bounds of a logically air-gapped vault, or null.</summary>
    public static VaultBounds? Of(LogicallyAirGappedBackupVault? vault) =>
        vault is null ? null : Create(vault, "logically air-gapped vault", vault.Props.MinRetention, vault.Props.MaxRetention);

    /// <summary>The vault's name for messages.</summary>
    public string Name => AirGappedVaults.Describe(Vault);

    /// <summary>The accepted retention, e.g. <c>7 to 35 days</c> or <c>at least 90 days</c>.</summary>
    public string Range => (Min, Max) switch
    {
        ({ } min, { } max) => $"{min} to {max}",
        ({ } min, null) => $"at least {min}",
        (null, { } max) => $"at most {max}",
        _ => "any retention",
    };

    /// <summary>Whether a retention that expires is shorter than the minimum.</summary>
    public bool IsTooShort(Duration? retention) => Min is { } min && retention is { } r && r < min;

    /// <summary>Whether a retention (null: never expires) is longer than the maximum.</summary>
    public bool IsTooLong(Duration? retention) => Max is { } max && (retention is not { } r || r > max);

    /// <summary>
    /// The retention a lifecycle gives: <paramref name="retention"/> is its <c>DeleteAfter</c>, null when it never
    /// expires (absent, or AWS's -1 sentinel). False when the value is one that the lifecycle checks reject.
    /// </summary>
    public static bool TryRetention(Lifecycle? lifecycle, out Duration? retention)
    {
        retention = null;
        if (Known.Value(lifecycle?.DeleteAfter) is not { } delete || (delete.TotalDays == -1 && delete.IsWholeDays))
        {
            return true;
        }

        retention = delete;
        return delete.IsWholeDays && delete.TotalDays >= 1;
    }

    private static VaultBounds? Create(Construct vault, string kind, Duration? min, Duration? max)
    {
        var lower = Usable(min);
        var upper = Usable(max);
        if ((min is not null && lower is null) || (max is not null && upper is null) || lower > upper)
        {
            return null; // a bound that the lock or air-gapped vault checks reject
        }

        return lower is null && upper is null ? null : new VaultBounds(vault, kind, lower, upper);
    }

    private static Duration? Usable(Duration? value) => value is { IsUnresolved: false, IsWholeDays: true, TotalDays: >= 1 } v ? v : null;
}
