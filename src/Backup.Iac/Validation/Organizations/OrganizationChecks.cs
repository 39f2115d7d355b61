using Backup.Iac.Catalog;
using Backup.Iac.Organizations;
using Backup.Iac.Validation.Copies;

namespace Backup.Iac.Validation.Organizations;

/// <summary>
/// The checks that need the whole organization: for each <see cref="OrganizationTree"/> that the app's policies target,
/// the effective policy of every account (OPS-006 and the merged values), what the app's stacks in those accounts do
/// (ORG-011, ORG-031, ORG-032, ORG-034), the organization's declared settings (ORGP-007, XAM-002, XAM-005), accounts
/// outside it (XAM-001), global settings outside the management account (XAM-003), copy destinations' vault policies
/// (XAM-004), cross-account controls of frameworks in its accounts that name accounts outside it (CTRL-XACC-02); and
/// the number of policies (ORGP-009).
/// </summary>
internal static class OrganizationChecks
{
    private const int PolicyQuota = 1_000;

    public static void Check(BackupApp app, ValidationContext context)
    {
        var policies = app.Descendants().OfType<BackupPolicy>().ToList();
        if (policies.Count > PolicyQuota)
        {
            context.Report(OrganizationPolicyConstraints.PolicyQuota, policies[PolicyQuota], null, null, policies.Count);
        }

        var trees = policies.SelectMany(p => (p.Props.Targets ?? []).OfType<OrganizationNode>().Select(n => n.Tree)).Distinct().ToList();
        foreach (var tree in trees)
        {
            var owner = tree.Attachments.Select(a => a.Policy).OfType<BackupPolicy>().First();
            Declared(tree, owner, context);
            Outside(tree, policies, context);
            foreach (var account in tree.Accounts)
            {
                Account(app, tree, account, owner, context);
            }

            GlobalSettings(app, tree, context);
            CrossAccountControls(app, tree, context);
        }
    }

    /// <summary>
    /// CTRL-XACC-02: a framework in an account of the tree whose cross-account control names an account outside it.
    /// Frameworks of stacks whose account is unknown or not in the tree are not judged (their organization is not known).
    /// </summary>
    private static void CrossAccountControls(BackupApp app, OrganizationTree tree, ValidationContext context)
    {
        foreach (var framework in app.Descendants().OfType<Framework>())
        {
            var account = framework.Stack.Environment.Account;
            if (account is null || Token.IsUnresolved(account) || tree.Find(account) is not { Kind: OrganizationNodeKind.Account })
            {
                continue;
            }

            foreach (var s in AuditManager.ControlSubject.Of(framework, ControlCatalog.ResourcesProtectedByCrossAccount))
            {
                if (s.Known("crossAccountList") is not { } list)
                {
                    continue;
                }

                foreach (var item in AuditManager.AuditFacts.Items(list))
                {
                    if (Patterns.AccountId().IsMatch(item) && tree.Find(item) is not { Kind: OrganizationNodeKind.Account })
                    {
                        context.Report(ControlConstraints.CrossAccountListOutsideOrganization, framework, s.SubPath, AuditManager.ControlSubject.Property("crossAccountList"), item, account);
                    }
                }
            }
        }
    }

    private static void Declared(OrganizationTree tree, BackupPolicy owner, ValidationContext context)
    {
        var p = tree.Props;
        var off = new List<string>();
        if (p.AllFeaturesEnabled == false)
        {
            off.Add("all features are not enabled");
        }

        if (p.BackupPolicyTypeEnabled == false)
        {
            off.Add("the BACKUP_POLICY policy type is not enabled on the root");
        }

        if (p.TrustedAccessForBackupEnabled == false)
        {
            off.Add("trusted access for AWS Backup is not enabled");
        }

        if (off.Count > 0)
        {
            context.Report(OrganizationPolicyConstraints.Prerequisites, owner, null, null, string.Join(", ", off),
                "Enable all features, the backup policy type on the root and trusted access for AWS Backup in AWS Organizations");
        }

        if (p.BackupPoliciesEnabled == false)
        {
            context.Report(CrossAccountManagementConstraints.ConsoleSwitches, owner, null, null, "\"Backup policies\"", "backup policies do not create plans in the accounts");
        }

        if (p.CrossAccountMonitoringEnabled == false)
        {
            context.Report(CrossAccountManagementConstraints.ConsoleSwitches, owner, null, null, "\"Cross-account monitoring\"", "the jobs of member accounts are not visible from the management account (after opting out, jobs already in the aggregated view stay there for 30 days after they end, and later jobs are not shown)");
        }

        var admins = p.DelegatedAdministrators;
        var problem = admins.Count > 5 ? $"The organization tree declares {admins.Count} delegated administrators; the console registers at most five"
            : admins.FirstOrDefault(a => a == p.ManagementAccountId) is { } m ? $"The delegated administrator {m} is the management account, which cannot be one"
            : admins.FirstOrDefault(a => tree.Find(a) is not { Kind: OrganizationNodeKind.Account }) is { } x ? $"The delegated administrator {x} is not an account of the organization tree"
            : null;
        if (problem is not null)
        {
            context.Report(CrossAccountManagementConstraints.DelegatedAdministrators, owner, null, null, problem);
        }
    }

    /// <summary>XAM-001: targets and copy destinations outside the tree.</summary>
    private static void Outside(OrganizationTree tree, List<BackupPolicy> policies, ValidationContext context)
    {
        foreach (var policy in policies.Where(p => (p.Props.Targets ?? []).OfType<OrganizationNode>().Any(n => n.Tree == tree)))
        {
            var targets = policy.Props.Targets ?? [];
            for (var i = 0; i < targets.Count; i++)
            {
                if (targets[i] is not OrganizationNode && targets[i]?.TargetId is { } id && !Token.IsUnresolved(id) && tree.Find(id) is null)
                {
                    context.Report(CrossAccountManagementConstraints.SameOrganization, policy, null, PropertyPath.Of(nameof(BackupPolicyProps.Targets)).Index(i), $"The target {id}");
                }
            }

            foreach (var (_, _, rule, path) in PolicyWalk.AllRules(policy.Props.Document))
            {
                foreach (var (key, copy, copyPath) in PolicyWalk.Copies(rule, path))
                {
                    var arn = PolicyCopyActions.VaultArn(PolicyWalk.Text(copy.TargetBackupVaultArn) ?? key);
                    if (arn is null || !Patterns.AccountId().IsMatch(arn.Account))
                    {
                        continue;
                    }

                    if (tree.Find(arn.Account) is not { Kind: OrganizationNodeKind.Account })
                    {
                        context.Report(CrossAccountManagementConstraints.SameOrganization, policy, null, copyPath, $"The copy destination account {arn.Account}");
                    }

                    DestinationVault(tree, arn, context);
                }
            }
        }
    }

    /// <summary>XAM-004: a destination vault of the app whose access policy does not let the organization's accounts copy into it.</summary>
    private static void DestinationVault(OrganizationTree tree, Arn arn, ValidationContext context)
    {
        var name = arn.Resource["backup-vault:".Length..];
        var source = tree.Accounts.Select(a => a.Id).FirstOrDefault(a => a != arn.Account);
        foreach (var vault in context.Facts.All<BackupVault>())
        {
            if (source is null || !vault.Stack.Environment.IsAt(arn.Account, arn.Region) || vault.VaultName != name)
            {
                continue;
            }

            var problem = vault.AccessPolicy is not { } policy ? "is not set"
                : !CrossAccountCopyPrerequisites.AllowsCopyInto(policy, source) ? "does not allow backup:CopyIntoBackupVault for them"
                : null;
            if (problem is not null)
            {
                context.Report(CrossAccountManagementConstraints.DestinationVaultPolicy, vault, null, nameof(BackupVaultProps.AccessPolicy), arn.ToString(), problem);
            }
        }
    }

    private static void Account(BackupApp app, OrganizationTree tree, OrganizationNode account, BackupPolicy fallback, ValidationContext context)
    {
        var effective = EffectivePolicy.Compute(tree, account.Id, app);
        if (effective.Applied.Count == 0)
        {
            return;
        }

        var applied = effective.Applied;
        BackupPolicy OwnerOf(IReadOnlySet<int> sources) =>
            sources.OrderDescending().Select(s => applied[s].Policy).OfType<BackupPolicy>().FirstOrDefault()
            ?? applied.Select(a => a.Policy).OfType<BackupPolicy>().LastOrDefault() ?? fallback;
        var subPath = ConstructPath.EffectivePolicyOf(account.Id);
        foreach (var (finding, sources) in effective.Findings)
        {
            var fromOneConstruct = sources.Count == 1 && applied[sources.First()].Policy is not null;
            if (finding.EffectiveOnly || !fromOneConstruct)
            {
                context.Report(finding.Constraint, finding.Severity, OwnerOf(sources), subPath, finding.Property, finding.Args);
            }
        }

        var plans = effective.Policy.Plans;
        var last = OwnerOf(new HashSet<int>());
        var regions = plans.Values.SelectMany(p => PolicyWalk.Items(p.Regions)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var region in regions)
        {
            var count = plans.Values.Count(p => PolicyWalk.Items(p.Regions).Contains(region, StringComparer.Ordinal));
            if (count > 300)
            {
                context.Report(BackupPolicyConstraints.PlanQuota, last, subPath, "plans", account.Id, count, region);
            }
        }

        var stacks = app.Stacks.Where(s => s.Environment.Account == account.Id).ToList();
        foreach (var stack in stacks)
        {
            LocalFacts(tree, account, effective, stack, last, subPath, context);
        }
    }

    /// <summary>ORG-011 (vaults), ORG-031 (opt-in settings), ORG-032 (local plans) for a stack of the app in the account.</summary>
    private static void LocalFacts(OrganizationTree tree, OrganizationNode account, EffectivePolicy effective, BackupStack stack, BackupPolicy owner, string subPath, ValidationContext context)
    {
        foreach (var (planName, plan, planPath) in PolicyWalk.Plans(effective.Policy))
        {
            if (stack.Region is { } region && PolicyWalk.Items(plan.Regions).Contains(region, StringComparer.Ordinal))
            {
                var vaults = stack.Descendants().OfType<BackupVault>().Select(v => v.VaultName).ToHashSet(StringComparer.Ordinal);
                foreach (var (_, rule, rulePath) in PolicyWalk.Rules(plan, planPath))
                {
                    if (PolicyWalk.Text(rule.TargetBackupVaultName) is { } name && !vaults.Contains(name) && !vaults.Any(Token.IsUnresolved))
                    {
                        context.Report(BackupPolicyConstraints.VaultMissingInAccount, owner, subPath, PolicyWalk.Sub(rulePath, "target_backup_vault_name"), planName, account.Id, name, region);
                    }
                }
            }

            // ORG-032: the policy's plan runs only in its regions; a local plan of a stack in another Region does not meet it.
            var planRegions = PolicyWalk.Items(plan.Regions).ToList();
            if (stack.Environment.Region is { } stackRegion && planRegions.Count > 0 && !planRegions.Any(Token.IsUnresolved)
                && !planRegions.Contains(stackRegion, StringComparer.Ordinal))
            {
                continue;
            }

            foreach (var (_, selection, _) in PolicyWalk.TagSelections(plan, planPath))
            {
                if (PolicyWalk.Text(selection.TagKey) is not { } key)
                {
                    continue;
                }

                var values = PolicyWalk.Items(selection.TagValue).ToHashSet(StringComparer.Ordinal);
                foreach (var local in stack.Descendants().OfType<BackupSelection>())
                {
                    if (local.Options.Resources.Select(r => r.Tag).OfType<TagCondition>().Any(t => t.Key == key && values.Contains(t.Value)))
                    {
                        context.Report(BackupPolicyConstraints.LocalPlans, local.Plan, null, null, account.Id, planName, $"{key}={string.Join("|", values)}", local.Plan.Path);
                    }
                }
            }
        }

        if (tree.Props.ManagementAccountId is { } management && management != account.Id && effective.Policy.Plans.Count > 0)
        {
            foreach (var settings in stack.Descendants().OfType<RegionSettings>())
            {
                context.Report(BackupPolicyConstraints.OptInSettings, settings, null, nameof(RegionSettingsProps.ResourceTypeOptInPreference), account.Id, management);
            }
        }
    }

    /// <summary>XAM-003: global settings in a stack of another account of the organization than the management account.</summary>
    private static void GlobalSettings(BackupApp app, OrganizationTree tree, ValidationContext context)
    {
        if (tree.Props.ManagementAccountId is not { } management)
        {
            return;
        }

        foreach (var settings in app.Descendants().OfType<GlobalSettings>())
        {
            if (settings.Stack.Environment.Account is { } account && account != management && tree.Find(account) is not null)
            {
                context.Report(CrossAccountManagementConstraints.GlobalSettingsAccount, settings, null, null, account, management);
            }
        }
    }
}
