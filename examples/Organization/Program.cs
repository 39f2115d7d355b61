using Backup.Iac;
using Organization;

// dotnet run -- effective 222222222222    prints the effective backup policy of an account, and its problems
if (args is ["effective", var account])
{
    OrganizationEstate.Build(out var organization);
    if (organization.Find(account) is not { Kind: OrganizationNodeKind.Account })
    {
        Console.Error.WriteLine($"'{account}' is not an account of the organization. Accounts: {string.Join(", ", organization.Accounts.Select(a => a.Id))}.");
        return 2;
    }

    var effective = EffectivePolicy.For(organization, account);
    Console.WriteLine($"Effective backup policy of {organization.Find(account)} (from {string.Join(", ", effective.Applied.Select(a => a.Name))}):");
    Console.Write(effective.Json);
    foreach (var diagnostic in effective.Diagnostics)
    {
        Console.WriteLine(diagnostic);
    }

    return effective.HasErrors ? 1 : 0;
}

return OrganizationEstate.Build().Run(args);
