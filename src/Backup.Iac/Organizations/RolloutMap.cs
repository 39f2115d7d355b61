using System.Text;
using Backup.Iac.Validation.Organizations;

namespace Backup.Iac;

/// <summary>
/// Per organizational unit, which accounts get which plans of their effective backup policy, into which vaults, in which
/// Regions, and where each vault comes from (a member stack deployed by a StackSet, a stack of the app, or nothing the app
/// knows of). The text the OrgRollout example's <c>rollout</c> command prints.
/// </summary>
public static class RolloutMap
{
    /// <summary>Describes the rollout of an organization tree.</summary>
    /// <param name="app">The app with the policies, member stacks and stacks.</param>
    /// <param name="tree">The organization the policies are attached to.</param>
    /// <returns>The text, one OU per block, one line per account and plan.</returns>
    public static string Describe(BackupApp app, OrganizationTree tree)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(tree);
        var rollouts = app.Descendants().OfType<StackSetRollout>().ToList();
        var text = new StringBuilder();
        foreach (var unit in tree.Nodes.Where(n => n.Kind != OrganizationNodeKind.Account))
        {
            var accounts = unit.Children.Where(c => c.Kind == OrganizationNodeKind.Account).ToList();
            if (accounts.Count == 0)
            {
                continue;
            }

            text.Append(unit.Kind == OrganizationNodeKind.Root ? "Root" : "OU " + string.Join("/", unit.PathFromRoot.Skip(1).Select(n => n.Name)))
                .Append(" (").Append(unit.Id).Append(")\n");
            foreach (var account in accounts)
            {
                var effective = EffectivePolicy.Compute(tree, account.Id, app);
                var management = account.Id == tree.Props.ManagementAccountId ? ", management account: no StackSet deploys here" : "";
                text.Append("  ").Append(account.Id).Append(' ').Append(account.Name).Append(management);
                if (effective.Policy.Plans.Count == 0)
                {
                    text.Append(": no backup policy\n");
                    continue;
                }

                text.Append('\n');
                foreach (var (planName, plan, planPath) in PolicyWalk.Plans(effective.Policy))
                {
                    var regions = PolicyWalk.Items(plan.Regions).Distinct(StringComparer.Ordinal).ToList();
                    foreach (var (ruleName, rule, rulePath) in PolicyWalk.Rules(plan, planPath))
                    {
                        var vault = PolicyWalk.Text(rule.TargetBackupVaultName) ?? "(vault not set)";
                        var where = regions.Select(r => r + " " + Source(app, rollouts, tree, account, r, vault));
                        text.Append("    plan ").Append(planName).Append('/').Append(ruleName).Append(" -> ").Append(vault).Append(": ")
                            .Append(string.Join("; ", where)).Append('\n');
                        foreach (var (key, copy, _) in PolicyWalk.Copies(rule, rulePath))
                        {
                            var arn = PolicyWalk.Text(copy.TargetBackupVaultArn) ?? key;
                            var target = Arn.TryParse(arn);
                            var name = target?.Resource.StartsWith("backup-vault:", StringComparison.Ordinal) == true ? target.Resource["backup-vault:".Length..] : null;
                            var copyWhere = target is null || name is null ? ""
                                : target.Account is "$account" ? " " + string.Join("; ", (target.Region == "$region" ? regions : [target.Region]).Select(r => r + " " + Source(app, rollouts, tree, account, r, name)))
                                : target.Account == account.Id ? " " + Source(app, rollouts, tree, account, target.Region, name)
                                : " (account " + target.Account + (app.Stacks.Any(s => s.Environment.IsAt(target.Account, target.Region) && s.Descendants().OfType<BackupVault>().Any(v => v.VaultName == name)) ? ", in this app)" : ", not in this app)");
                            text.Append("      copy -> ").Append(arn).Append(copyWhere).Append('\n');
                        }
                    }
                }
            }
        }

        return text.ToString();
    }

    private static string Source(BackupApp app, List<StackSetRollout> rollouts, OrganizationTree tree, OrganizationNode account, string region, string vault)
    {
        if (app.Stacks.FirstOrDefault(s => s.Environment.IsAt(account.Id, region) && s.Descendants().OfType<BackupVault>().Any(v => v.VaultName == vault)) is { } stack)
        {
            return "(stack " + stack.StackName + ")";
        }

        if (account.Id != tree.Props.ManagementAccountId
            && rollouts.FirstOrDefault(r => r.TargetAccounts.Contains(account) && r.Props.Regions.Contains(region, StringComparer.Ordinal)
                && r.Member.Descendants().OfType<BackupVault>().Any(v => v.VaultName == vault)) is { } rollout)
        {
            return "(StackSet " + rollout.StackSetName + ")";
        }

        return "(MISSING: no stack or StackSet of this app creates it)";
    }
}
