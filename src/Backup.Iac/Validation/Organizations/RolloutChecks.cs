using System.Globalization;
using System.Text.RegularExpressions;
using Backup.Iac.Catalog;
using Backup.Iac.Validation.Copies;

namespace Backup.Iac.Validation.Organizations;

/// <summary>
/// The checks of an organization-wide rollout (ROLL-001..007): each StackSet's own settings, named roles in member
/// stacks deployed to several Regions, and, for every account of an organization tree that a StackSet reaches, its
/// effective backup policy against the member stacks deployed there: vaults and roles the policy names (ROLL-001,
/// ROLL-002), the member vaults' locks (ROLL-003), the central copy vault's access policy (ROLL-006); the management
/// account, which service-managed StackSets never reach (ROLL-005). A finding shared by several accounts is reported
/// once, with the accounts. Cost: one effective policy per account of a tree that a rollout targets, times the
/// member stacks that reach it.
/// </summary>
internal static partial class RolloutChecks
{
    private const string CopyInto = "backup:CopyIntoBackupVault";

    public static void Check(BackupApp app, ValidationContext context)
    {
        var rollouts = app.Descendants().OfType<StackSetRollout>().ToList();
        foreach (var rollout in rollouts)
        {
            Settings(rollout, context);
            NamedRoles(rollout, context);
        }

        var findings = new Findings();
        foreach (var tree in rollouts.SelectMany(r => r.Props.OrganizationalUnits.OfType<OrganizationNode>().Select(n => n.Tree)).Distinct())
        {
            if (tree.Attachments.Count == 0)
            {
                continue;
            }

            var management = tree.Props.ManagementAccountId;
            foreach (var account in tree.Accounts)
            {
                if (account.Id == management)
                {
                    ManagementAccount(app, tree, account, findings);
                    continue;
                }

                var covering = rollouts.Where(r => r.TargetAccounts.Contains(account)).ToList();
                if (covering.Count > 0)
                {
                    Member(app, tree, account, covering, findings);
                }
            }
        }

        findings.Report(context);
    }

    /// <summary>ROLL-007: the StackSet's targets, Regions, name and operation preferences.</summary>
    private static void Settings(StackSetRollout rollout, ValidationContext context)
    {
        var p = rollout.Props;
        void Bad(string property, string problem, string fix) => context.Report(RolloutConstraints.StackSetProps, rollout.Member, null, property, problem, fix);

        if (p.OrganizationalUnits.Count == 0)
        {
            Bad(nameof(MemberStackProps.OrganizationalUnits), "The member stack has no organizational units to deploy to", "Give at least one OU (or the root)");
        }

        foreach (var unit in p.OrganizationalUnits.Select(u => u.TargetId).Where(u => !Token.IsUnresolved(u) && !OrganizationalUnitId().IsMatch(u)))
        {
            Bad(nameof(MemberStackProps.OrganizationalUnits), $"'{unit}' is not an OU or root ID; a service-managed StackSet deploys to OUs (ou-xxxx-xxxxxxxx) or the root (r-xxxx), not to accounts", "Give the OU that holds the account");
        }

        if (p.Regions.Count == 0)
        {
            Bad(nameof(MemberStackProps.Regions), "The member stack has no Regions to deploy to", "Give at least one Region");
        }

        foreach (var region in p.Regions.Where(r => !Token.IsUnresolved(r) && !Patterns.Region().IsMatch(r)))
        {
            Bad(nameof(MemberStackProps.Regions), $"'{region}' is not a Region name", "Use a name such as us-east-1");
        }

        if (p.Regions.GroupBy(r => r, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            Bad(nameof(MemberStackProps.Regions), $"The Region '{repeated.Key}' is listed twice; CloudFormation requires unique Regions", "Remove the repetition");
        }

        if (!Token.IsUnresolved(rollout.StackSetName) && !StackSetName().IsMatch(rollout.StackSetName))
        {
            Bad(nameof(MemberStackProps.StackSetName), $"The StackSet name '{rollout.StackSetName}' does not match [a-zA-Z][a-zA-Z0-9-]{{0,127}}", "Use a letter followed by letters, digits or '-'");
        }

        Pair("FailureTolerance", nameof(p.FailureToleranceCount), nameof(p.FailureTolerancePercentage), p.FailureToleranceCount, p.FailureTolerancePercentage, 0);
        Pair("MaxConcurrent", nameof(p.MaxConcurrentCount), nameof(p.MaxConcurrentPercentage), p.MaxConcurrentCount, p.MaxConcurrentPercentage, 1);

        void Pair(string name, string countProperty, string percentageProperty, int? count, int? percentage, int minimumCount)
        {
            if (count is not null && percentage is not null)
            {
                Bad(countProperty, $"{name}Count ({count}) and {name}Percentage ({percentage}) are both set; CloudFormation takes one of them", $"Remove one of them");
            }

            if (count < minimumCount)
            {
                Bad(countProperty, $"{name}Count is {count}; it must be at least {minimumCount}", $"Set {name}Count to {minimumCount} or more");
            }

            if (percentage is < 0 or > 100)
            {
                Bad(percentageProperty, $"{name}Percentage is {percentage}; it must be 0 to 100", "Give a percentage from 0 to 100");
            }
        }
    }

    /// <summary>ROLL-004: a role with a fixed name in a member stack deployed to several Regions.</summary>
    private static void NamedRoles(StackSetRollout rollout, ValidationContext context)
    {
        var regions = rollout.Props.Regions.Distinct(StringComparer.Ordinal).ToList();
        if (regions.Count < 2)
        {
            return;
        }

        foreach (var role in rollout.Member.Descendants().OfType<BackupServiceRole>())
        {
            if (role.Props.RoleName is { } name && !Token.IsUnresolved(name))
            {
                context.Report(RolloutConstraints.NamedRoleInSeveralRegions, role, null, nameof(BackupServiceRoleProps.RoleName), name, regions.Count, string.Join(", ", regions));
            }
        }
    }

    /// <summary>ROLL-001, ROLL-002, ROLL-003, ROLL-006 for one member account reached by <paramref name="covering"/>.</summary>
    private static void Member(BackupApp app, OrganizationTree tree, OrganizationNode account, List<StackSetRollout> covering, Findings findings)
    {
        var effective = EffectivePolicy.Compute(tree, account.Id, app);
        if (effective.Policy.Plans.Count == 0)
        {
            return;
        }

        var owner = Owner(effective);
        if (owner is null)
        {
            return;
        }

        foreach (var (planName, plan, planPath) in PolicyWalk.Plans(effective.Policy))
        {
            var regions = PolicyWalk.Items(plan.Regions).Distinct(StringComparer.Ordinal).ToList();
            foreach (var (ruleName, rule, rulePath) in PolicyWalk.Rules(plan, planPath))
            {
                foreach (var region in regions)
                {
                    if (PolicyWalk.Text(rule.TargetBackupVaultName) is { } name)
                    {
                        Vault(app, account, covering, region, name, $"rule '{planName}/{ruleName}' (target_backup_vault_name)",
                            rule.Lifecycle, owner, PolicyWalk.Sub(rulePath, "target_backup_vault_name"), PolicyWalk.Sub(PolicyWalk.Sub(rulePath, "lifecycle"), "delete_after_days"), findings);
                    }

                    foreach (var (key, copy, copyPath) in PolicyWalk.Copies(rule, rulePath))
                    {
                        var text = PolicyWalk.Text(copy.TargetBackupVaultArn) ?? key;
                        if (PolicyCopyActions.VaultArn(text) is not { } arn)
                        {
                            continue;
                        }

                        var copyRegion = arn.Region == "$region" ? region : arn.Region;
                        var vaultName = arn.Resource["backup-vault:".Length..];
                        if (arn.Account == "$account" || arn.Account == account.Id)
                        {
                            Vault(app, account, covering, copyRegion, vaultName, $"copy action to '{text}'", copy.Lifecycle, owner, copyPath,
                                PolicyWalk.Sub(PolicyWalk.Sub(copyPath, "lifecycle"), "delete_after_days"), findings);
                        }
                        else if (region == regions[0])
                        {
                            CentralVault(app, tree, account, arn with { Region = copyRegion }, findings);
                        }
                    }
                }
            }

            foreach (var (selectionName, role, path) in PolicyWalk.TagSelections(plan, planPath).Select(s => (s.Name, s.Selection.IamRoleArn, s.Path))
                .Concat(PolicyWalk.ResourceSelections(plan, planPath).Select(s => (s.Name, s.Selection.IamRoleArn, s.Path))))
            {
                if (PolicyWalk.Text(role) is { } roleArn)
                {
                    Role(account, covering, $"'{planName}/{selectionName}'", roleArn, owner, PolicyWalk.Sub(path, "iam_role_arn"), findings);
                }
            }
        }
    }

    /// <summary>ROLL-001 and ROLL-003 for a vault the policy names in an account and Region.</summary>
    private static void Vault(BackupApp app, OrganizationNode account, List<StackSetRollout> covering, string region, string name, string what,
        PolicyLifecycle? lifecycle, BackupPolicy owner, string property, string lifecycleProperty, Findings findings)
    {
        if (app.Stacks.Any(s => s.Environment.IsAt(account.Id, region)))
        {
            return; // a stack of this app for the account and Region: ORG-011 checks it
        }

        var reaching = covering.Where(r => r.Props.Regions.Contains(region, StringComparer.Ordinal)).ToList();
        var vaults = reaching.SelectMany(r => r.Member.Descendants().OfType<BackupVault>()).ToList();
        if (vaults.Any(v => Token.IsUnresolved(v.VaultName)))
        {
            return; // a name known at deploy time only
        }

        var vault = vaults.FirstOrDefault(v => v.VaultName == name);
        if (vault is null)
        {
            var deployed = covering.SelectMany(r => r.Props.Regions).Distinct(StringComparer.Ordinal).ToList();
            var note = reaching.Count == 0 ? $" (the StackSets that reach these accounts deploy to {string.Join(", ", deployed)} only)" : "";
            findings.Add(RolloutConstraints.PolicyVaultInBlueprint, owner, property, account.Id, region, (regions, accounts) => [what, name, regions, note, accounts], name + note);
            return;
        }

        if (vault.Props.Lock is not { } vaultLock)
        {
            return;
        }

        var min = vaultLock.MinRetention is { IsUnresolved: false } m ? m.TotalDays : (long?)null;
        var max = vaultLock.MaxRetention is { IsUnresolved: false } x ? x.TotalDays : (long?)null;
        var hasDays = PolicyWalk.Number(lifecycle?.DeleteAfterDays, out var days);
        if (lifecycle?.DeleteAfterDays is not null && !hasDays)
        {
            return; // a deploy-time or malformed value: reported elsewhere
        }

        var refused = hasDays ? days < min || days > max : max is not null;
        if (refused)
        {
            var kept = hasDays ? string.Create(CultureInfo.InvariantCulture, $"{days} days") : "forever (no delete_after_days)";
            var bounds = (min, max) switch
            {
                ({ } a, { } b) => string.Create(CultureInfo.InvariantCulture, $"{a} to {b} days"),
                ({ } a, null) => string.Create(CultureInfo.InvariantCulture, $"at least {a} days"),
                (null, { } b) => string.Create(CultureInfo.InvariantCulture, $"at most {b} days"),
                _ => "",
            };
            var cut = what.IndexOf(" (", StringComparison.Ordinal);
            var rule = cut >= 0 ? what[..cut] : what;
            findings.Add(RolloutConstraints.BlueprintLockRefusesPolicyRetention, owner, lifecycleProperty, account.Id, region,
                (regions, accounts) => [kept, rule, name, vault.Path + " (in " + regions + ")", bounds, accounts], kept + vault.Path);
        }
    }

    /// <summary>ROLL-002: the role of a selection, in the account.</summary>
    private static void Role(OrganizationNode account, List<StackSetRollout> covering, string selection, string roleArn, BackupPolicy owner, string property, Findings findings)
    {
        var arn = Arn.TryParse(roleArn);
        if (arn is not { Service: "iam" } || !arn.Resource.StartsWith("role/", StringComparison.Ordinal) || arn.Account != "$account" && arn.Account != account.Id)
        {
            return;
        }

        var rest = arn.Resource["role".Length..];
        var slash = rest.LastIndexOf('/');
        var path = rest[..(slash + 1)];
        var name = rest[(slash + 1)..];
        var names = new List<(string Name, string Path)>();
        foreach (var rollout in covering)
        {
            foreach (var role in rollout.Member.Descendants().OfType<BackupServiceRole>())
            {
                if (role.Props.RoleName is not { } roleName)
                {
                    continue; // a generated name: never the one a policy names
                }

                foreach (var region in rollout.Props.Regions)
                {
                    var resolved = roleName.Replace(Aws.Region, region, StringComparison.Ordinal);
                    if (Token.IsUnresolved(resolved) || Token.IsUnresolved(role.RolePath))
                    {
                        return; // known at deploy time only
                    }

                    names.Add((resolved, role.RolePath));
                }
            }
        }

        if (!names.Contains((name, path)))
        {
            findings.Add(RolloutConstraints.PolicyRoleInBlueprint, owner, property, account.Id, "", (_, accounts) => [selection, roleArn, accounts, path, name], roleArn);
        }
    }

    /// <summary>ROLL-006: the central copy vault (another account) must admit this account; XAM-004 reports a vault that admits none.</summary>
    private static void CentralVault(BackupApp app, OrganizationTree tree, OrganizationNode account, Arn arn, Findings findings)
    {
        var name = arn.Resource["backup-vault:".Length..];
        foreach (var vault in app.Descendants().OfType<BackupVault>())
        {
            if (!vault.Stack.Environment.IsAt(arn.Account, arn.Region) || vault.VaultName != name || vault.AccessPolicy is not { } policy)
            {
                continue;
            }

            var xamSource = tree.Accounts.Select(a => a.Id).FirstOrDefault(a => a != arn.Account);
            if (xamSource is null || !CrossAccountCopyPrerequisites.AllowsCopyInto(policy, xamSource))
            {
                continue; // XAM-004 reports it
            }

            if (!Admits(policy, account))
            {
                findings.Add(RolloutConstraints.CentralVaultAdmitsRollout, vault, nameof(BackupVaultProps.AccessPolicy), account.Id, "", (_, accounts) => [accounts, arn.ToString()], arn.ToString());
            }
        }
    }

    /// <summary>Whether an access policy allows the account to copy in: an Allow of <c>backup:CopyIntoBackupVault</c> for anyone whose
    /// <c>aws:PrincipalOrgPaths</c> and <c>aws:PrincipalAccount</c> conditions (when present) cover the account, or for the account.</summary>
    internal static bool Admits(VaultAccessPolicy policy, OrganizationNode account)
    {
        if (policy.Json is not null)
        {
            return CrossAccountCopyPrerequisites.AllowsCopyInto(policy, account.Id);
        }

        var orgPath = string.Concat(account.PathFromRoot.Where(n => n.Kind != OrganizationNodeKind.Account).Select(n => n.Id + "/"));
        return policy.Statements.Any(s => s.Effect == PolicyEffect.Allow
            && s.Actions.Any(a => a is "*" or "backup:*" || string.Equals(a, CopyInto, StringComparison.OrdinalIgnoreCase))
            && (s.Principals.Any(p => p.Value.Contains(account.Id, StringComparison.Ordinal))
                || s.Principals.Any(p => p.Kind == "*" || p.Value == "*") && Conditions(s, account.Id, orgPath)));
    }

    private static bool Conditions(PolicyStatement statement, string accountId, string orgPath)
    {
        foreach (var (_, keys) in statement.Conditions ?? new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>())
        {
            foreach (var (key, values) in keys)
            {
                if (string.Equals(key, "aws:PrincipalAccount", StringComparison.OrdinalIgnoreCase) && !values.Contains(accountId))
                {
                    return false;
                }

                // o-xxxxxxxxxx/r-xxxx/ou-xxxx-xxxxxxxx/*: the organization ID is not in the tree; the rest is compared.
                if (string.Equals(key, "aws:PrincipalOrgPaths", StringComparison.OrdinalIgnoreCase)
                    && !values.Any(v => v.IndexOf('/', StringComparison.Ordinal) is var i and >= 0 && Wildcards.Glob(orgPath, v[(i + 1)..])))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>ROLL-005: the management account gets the policy's plans, but no StackSet deploys there.</summary>
    private static void ManagementAccount(BackupApp app, OrganizationTree tree, OrganizationNode account, Findings findings)
    {
        var effective = EffectivePolicy.Compute(tree, account.Id, app);
        if (Owner(effective) is not { } owner)
        {
            return;
        }

        foreach (var (_, plan, planPath) in PolicyWalk.Plans(effective.Policy))
        {
            foreach (var (_, rule, rulePath) in PolicyWalk.Rules(plan, planPath))
            {
                if (PolicyWalk.Text(rule.TargetBackupVaultName) is not { } name)
                {
                    continue;
                }

                foreach (var region in PolicyWalk.Items(plan.Regions).Distinct(StringComparer.Ordinal))
                {
                    if (!app.Stacks.Any(s => s.Environment.IsAt(account.Id, region)))
                    {
                        findings.Add(RolloutConstraints.ManagementAccountWithoutVault, owner, PolicyWalk.Sub(rulePath, "target_backup_vault_name"), account.Id, region,
                            (regions, _) => [account.Id, name, regions], name);
                    }
                }
            }
        }
    }

    /// <summary>The policy construct to report at: the last one applied to the account (the most specific).</summary>
    private static BackupPolicy? Owner(EffectivePolicy effective) =>
        effective.Applied.Select(a => a.Policy).OfType<BackupPolicy>().LastOrDefault();

    [GeneratedRegex("^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$")]
    private static partial Regex OrganizationalUnitId();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9-]{0,127}$")]
    private static partial Regex StackSetName();

    /// <summary>Findings shared by several accounts and Regions, reported once each with the lists of both.</summary>
    private sealed class Findings
    {
        private readonly Dictionary<string, Entry> found = new(StringComparer.Ordinal);
        private readonly List<string> order = [];

        public void Add(Constraint constraint, Construct owner, string? property, string account, string region, Func<string, string, object?[]> args, string key)
        {
            var id = string.Join("\u0001", constraint.Code, owner.Path, property, key);
            if (!found.TryGetValue(id, out var entry))
            {
                entry = new Entry(constraint, owner, property, args);
                found[id] = entry;
                order.Add(id);
            }

            if (!entry.Accounts.Contains(account))
            {
                entry.Accounts.Add(account);
            }

            if (region.Length > 0 && !entry.Regions.Contains(region))
            {
                entry.Regions.Add(region);
            }
        }

        public void Report(ValidationContext context)
        {
            foreach (var e in order.Select(k => found[k]))
            {
                context.Report(e.Constraint, e.Owner, null, e.Property, e.Args(string.Join(", ", e.Regions), string.Join(", ", e.Accounts)));
            }
        }

        private sealed record Entry(Constraint Constraint, Construct Owner, string? Property, Func<string, string, object?[]> Args)
        {
            public List<string> Accounts { get; } = [];

            public List<string> Regions { get; } = [];
        }
    }
}
