namespace Backup.Iac.Report;

/// <summary>
/// An account and Region; either may be unknown until deploy. A member stack's accounts and Regions are those its
/// StackSet deploys to (<see cref="Members"/>: the organizational units and Regions).
/// </summary>
internal sealed record Env(string? Account, string? Region, string? Members = null) : IComparable<Env>
{
    public string Label => Members is not null ? Html.Escape(Members)
        : (Account is null ? "account set at deploy" : "account " + Html.Escape(Account))
        + " · " + (Region is null ? "Region set at deploy" : Html.Escape(Region));

    public string PlainLabel => Members ?? (Account ?? "account set at deploy") + " · " + (Region ?? "Region set at deploy");

    public int CompareTo(Env? other) => other is null ? 1
        : string.CompareOrdinal(Account ?? "~", other.Account ?? "~") is var c and not 0 ? c
        : string.CompareOrdinal(Members ?? "", other.Members ?? "") is var m and not 0 ? m
        : string.CompareOrdinal(Region ?? "~", other.Region ?? "~");
}

/// <summary>A stack of one source, with a page-unique anchor.</summary>
internal sealed record StackView(BackupStack Stack, ReportSource Source, string Anchor)
{
    public Env Env => Stack.Rollout is { } rollout
        ? new(null, null, "member accounts of " + string.Join(", ", rollout.Props.OrganizationalUnits.Select(u => u.TargetId))
            + " · " + string.Join(", ", rollout.Props.Regions) + " (StackSet " + rollout.StackSetName + ")")
        : new(Known(Stack.Account), Known(Stack.Region));

    public string Title => string.IsNullOrEmpty(Source.Name) ? Stack.StackName : Source.Name;

    private static string? Known(string? value) => string.IsNullOrEmpty(value) || Token.IsUnresolved(value) ? null : value;
}

/// <summary>A diagnostic with where it came from and its number in the page.</summary>
internal sealed record Diag(Diagnostic D, ReportSource Source, string? Location, int Number);

/// <summary>A vault as the report draws it: where it is, its locks and whether this estate defines it.</summary>
internal sealed record VaultView(Env Env, string Name, string Key)
{
    public BackupVault? Vault { get; init; }

    public LogicallyAirGappedBackupVault? AirGapped { get; init; }

    public bool Defined => Vault is not null || AirGapped is not null;

    public string Path => Vault?.Path ?? AirGapped?.Path ?? "";

    /// <summary>The lowest and highest retention the vault accepts (a lock's or an air-gapped vault's bounds).</summary>
    public (Duration? Min, Duration? Max, string Kind)? Bounds => AirGapped is { } a
        ? (a.Props.MinRetention, a.Props.MaxRetention, "air-gapped vault")
        : Vault?.Props.Lock is { } l ? (l.MinRetention, l.MaxRetention, l.Mode == VaultLockMode.Compliance ? "compliance lock" : "governance lock") : null;
}

/// <summary>What the report reads, computed once: stacks by environment, vaults, diagnostics by path.</summary>
internal sealed class Estate
{
    private readonly Dictionary<string, VaultView> vaults = new(StringComparer.Ordinal);

    public Estate(IReadOnlyList<ReportSource> sources, ReportOptions options)
    {
        Sources = sources;
        Options = options;
        var stacks = new List<StackView>();
        var diagnostics = new List<Diag>();
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            foreach (var stack in source.App?.Stacks ?? [])
            {
                stacks.Add(new StackView(stack, source, Html.Id(sources.Count > 1 ? "s" + Html.I(i) + "-" : "s-", stack.Id)));
            }
        }

        Stacks = stacks;
        Environments = [.. stacks.GroupBy(s => s.Env)]; // in the order of their first stack (construct order, then source order)
        var n = 0;
        foreach (var source in sources)
        {
            foreach (var d in source.Diagnostics)
            {
                diagnostics.Add(new Diag(d, source, source.Locations?.GetValueOrDefault(d), ++n));
            }
        }

        Diagnostics = diagnostics;
        foreach (var s in stacks)
        {
            foreach (var c in s.Stack.Descendants())
            {
                if (c is BackupVault v)
                {
                    Register(new VaultView(s.Env, v.VaultName, "") { Vault = v });
                }
                else if (c is LogicallyAirGappedBackupVault a)
                {
                    Register(new VaultView(s.Env, a.VaultName, "") { AirGapped = a });
                }
            }
        }
    }

    public IReadOnlyList<ReportSource> Sources { get; }

    public ReportOptions Options { get; }

    public IReadOnlyList<StackView> Stacks { get; }

    public IReadOnlyList<IGrouping<Env, StackView>> Environments { get; }

    public IReadOnlyList<Diag> Diagnostics { get; }

    /// <summary>Every vault seen so far, in a fixed order (environment, then name).</summary>
    public IEnumerable<VaultView> Vaults => vaults.Values.OrderBy(v => v.Env).ThenBy(v => v.Name, StringComparer.Ordinal);

    /// <summary>The diagnostics of a construct path and of everything below it (child constructs, rules, properties).</summary>
    public IReadOnlyList<Diag> At(ReportSource source, string path) =>
        [.. Diagnostics.Where(d => ReferenceEquals(d.Source, source) && Under(d.D.Path, path))];

    /// <summary>Whether a diagnostic path is the path or below it.</summary>
    public static bool Under(string diagnosticPath, string path) =>
        diagnosticPath == path || diagnosticPath.StartsWith(path + "/", StringComparison.Ordinal);

    /// <summary>The vault a rule or copy writes to, as seen from a stack: defined in the estate when it can be found there.</summary>
    public VaultView Resolve(IBackupVault vault, StackView from)
    {
        switch (vault)
        {
            case BackupVault v:
                return Find(new Env(Known(v.Stack.Account), Known(v.Stack.Region)), v.VaultName);
            case LogicallyAirGappedBackupVault a:
                return Find(new Env(Known(a.Stack.Account), Known(a.Stack.Region)), a.VaultName);
            case ExternalBackupVault { IsFromArn: true } e when Arn.TryParse(e.VaultArn) is { } arn:
                return Find(new Env(Known(arn.Account) ?? from.Env.Account, Known(arn.Region) ?? from.Env.Region), e.VaultName);
            default:
                return Find(from.Env, vault.VaultName);
        }
    }

    private VaultView Find(Env env, string name)
    {
        var key = Key(env, name);
        if (!vaults.TryGetValue(key, out var view))
        {
            view = new VaultView(env, name, key);
            vaults[key] = view;
        }

        return view;
    }

    private void Register(VaultView view)
    {
        var key = Key(view.Env, view.Name);
        vaults.TryAdd(key, view with { Key = key });
    }

    private static string Key(Env env, string name) => Html.Id("v-", (env.Account ?? "any") + "-" + (env.Region ?? "any") + "-" + name) + "-" + Html.I(StableHash(env.PlainLabel + "/" + name));

    private static string? Known(string? value) => string.IsNullOrEmpty(value) || Token.IsUnresolved(value) ? null : value;

    /// <summary>A hash that does not change between runs (string.GetHashCode does), to keep anchors unique and stable.</summary>
    private static long StableHash(string text)
    {
        ulong h = 14695981039346656037;
        foreach (var c in text)
        {
            h = (h ^ c) * 1099511628211;
        }

        return (long)(h % 100000);
    }
}
