using Backup.Iac;
using OrgRollout;

// dotnet run -- synth --out out           the management stack (policy + StackSets), the member templates, the DR account's stack
// dotnet run -- effective 222222222222    the effective backup policy of a member account
if (args is ["effective", var account])
{
    OrgRolloutEstate.Build(out var organization);
    if (organization.Find(account) is not { Kind: OrganizationNodeKind.Account })
    {
        Console.Error.WriteLine($"'{account}' is not an account of the organization. Accounts: {string.Join(", ", organization.Accounts.Select(a => a.Id))}.");
        return 2;
    }

    var effective = EffectivePolicy.For(organization, account);
    Console.Write(effective.Json);
    foreach (var diagnostic in effective.Diagnostics)
    {
        Console.WriteLine(diagnostic);
    }

    return effective.HasErrors ? 1 : 0;
}

// dotnet run -- rollout                  per OU: which accounts get which plans into which vaults, and where each vault comes from
if (args is ["rollout"])
{
    var app = OrgRolloutEstate.Build(out var tree);
    Console.Write(RolloutMap.Describe(app, tree));
    return 0;
}

return OrgRolloutEstate.Build().Run(args);
