using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

/// <summary>
/// Organization-wide rollouts on StackSets (project catalog ROLL-001..007). Each case is <see cref="Rollout"/> (the
/// OrgRollout example's shape: a policy on the OUs Prod and Dev, a member stack <c>Vaults</c> with a vault in two
/// Regions, a member stack <c>Role</c> with the named role in one Region, a DR account with the copy vault) with one change.
/// </summary>
internal static class RolloutCases
{
    private const string Rule = "plans.daily.rules.daily";
    private const string Dr = "555555555555";

    /// <summary>What varies between cases; the defaults make a valid rollout.</summary>
    public sealed record Options
    {
        public string BlueprintVault { get; init; } = "org-vault";
        public IReadOnlyList<string> VaultRegions { get; init; } = ["us-east-1", "eu-west-1"];
        public VaultLock? Lock { get; init; } = VaultLock.Governance(Duration.Days(7), Duration.Days(365));
        public long? DeleteAfterDays { get; init; } = 35;
        public string? RoleName { get; init; } = "org-backup-role";
        public string? RolePath { get; init; } = "/service-role/";
        public IReadOnlyList<string> RoleRegions { get; init; } = ["us-east-1"];
        public string PolicyRoleArn { get; init; } = "arn:aws:iam::$account:role/service-role/org-backup-role";
        public string? LocalCopyVault { get; init; }
        public bool PolicyOnRoot { get; init; }
        public IReadOnlyList<string> ManagementVaultRegions { get; init; } = [];
        public VaultAccessPolicy CentralPolicy { get; init; } = VaultAccessPolicy.Of(VaultAccessPolicy.AllowCopyIntoFromOrganization("o-a1b2c3d4e5"));
        public Func<MemberStackProps, MemberStackProps> VaultStackSet { get; init; } = p => p;
        public string? MemberAccountStacks { get; init; }
    }

    public static BackupApp Rollout(Options o)
    {
        var tree = new OrganizationTree("r-a1b2", new OrganizationTreeProps { ManagementAccountId = "111111111111" });
        tree.Root.AddAccount("111111111111", "Management");
        tree.Root.AddAccount(Dr, "DR");
        var prod = tree.Root.AddOrganizationalUnit("ou-a1b2-pr000001", "Prod");
        prod.AddAccount("222222222222", "Payments");
        prod.AddAccount("333333333333", "Orders");
        var dev = tree.Root.AddOrganizationalUnit("ou-a1b2-dv000001", "Dev");
        dev.AddAccount("444444444444", "Sandbox");

        var app = new BackupApp();
        var management = app.AddStack("Management", new BackupStackProps { Account = "111111111111", Region = "us-east-1" });
        var central = "arn:aws:backup:us-east-1:" + Dr + ":backup-vault:central-dr";
        var local = "arn:aws:backup:$region:$account:backup-vault:" + o.LocalCopyVault;
        var copies = o.LocalCopyVault is null
            ? new PolicyMap<PolicyCopyAction> { [central] = PolicyCopyAction.To(central, PolicyLifecycle.DeleteAfter(90)) }
            : new PolicyMap<PolicyCopyAction> { [central] = PolicyCopyAction.To(central, PolicyLifecycle.DeleteAfter(90)), [local] = PolicyCopyAction.To(local, PolicyLifecycle.DeleteAfter(35)) };

        management.AddBackupPolicy("Baseline", new BackupPolicyProps
        {
            Targets = o.PolicyOnRoot ? [tree.Root] : [prod, dev],
            Document = new BackupPolicyDocument
            {
                Plans = new()
                {
                    ["Daily"] = new PolicyPlan
                    {
                        Regions = PolicyValue.AssignList("us-east-1", "eu-west-1"),
                        Rules = new()
                        {
                            ["Daily"] = new PolicyRule
                            {
                                ScheduleExpression = PolicyValue.Assign("cron(0 5 ? * * *)"),
                                TargetBackupVaultName = PolicyValue.Assign("org-vault"),
                                Lifecycle = o.DeleteAfterDays is { } days ? PolicyLifecycle.DeleteAfter(days) : null,
                                CopyActions = copies,
                            },
                        },
                        Selections = new PolicySelections { Tags = new() { ["Tagged"] = PolicyTagSelection.Of(o.PolicyRoleArn, "backup", "daily") } },
                    },
                },
            },
        });
        foreach (var region in o.ManagementVaultRegions)
        {
            var stack = region == "us-east-1" ? management : app.AddStack("Management-" + region, new BackupStackProps { Account = "111111111111", Region = region });
            stack.AddVault("OrgVault", new BackupVaultProps { BackupVaultName = "org-vault" });
        }

        var vaults = app.AddMemberStack("Vaults", o.VaultStackSet(new MemberStackProps { Management = management, OrganizationalUnits = [prod, dev], Regions = o.VaultRegions }));
        vaults.AddVault("OrgVault", new BackupVaultProps { BackupVaultName = o.BlueprintVault, Lock = o.Lock });
        if (o.LocalCopyVault is { } copyVault)
        {
            vaults.AddVault("LocalCopy", new BackupVaultProps { BackupVaultName = copyVault == "missing" ? "other" : copyVault });
        }

        var roles = app.AddMemberStack("Role", new MemberStackProps { Management = management, OrganizationalUnits = [prod, dev], Regions = o.RoleRegions });
        roles.AddBackupServiceRole("BackupRole", new BackupServiceRoleProps { RoleName = o.RoleName, Path = o.RolePath });

        var dr = app.AddStack("Dr", new BackupStackProps { Account = Dr, Region = "us-east-1" });
        dr.AddVault("CentralDr", new BackupVaultProps { BackupVaultName = "central-dr", AccessPolicy = o.CentralPolicy });
        foreach (var account in o.MemberAccountStacks is null ? [] : new[] { "222222222222", "333333333333", "444444444444" })
        {
            app.AddStack("A" + account, new BackupStackProps { Account = account, Region = o.MemberAccountStacks })
                .AddVault("OrgVault", new BackupVaultProps { BackupVaultName = "org-vault" });
        }

        return app;
    }

    private static Func<BackupApp> With(Func<Options, Options> change) => () => Rollout(change(new Options()));

    private static VaultAccessPolicy OrgPaths(params string[] paths) => VaultAccessPolicy.Of(new PolicyStatement
    {
        Effect = PolicyEffect.Allow,
        Principals = [PolicyPrincipal.Anyone],
        Actions = ["backup:CopyIntoBackupVault"],
        Conditions = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>
        {
            ["ForAnyValue:StringLike"] = new Dictionary<string, IReadOnlyList<string>> { ["aws:PrincipalOrgPaths"] = paths },
        },
    });

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        // ROLL-001 (BKP7060): the policy's vault in every account and Region the plan reaches
        Bad("ROLL-001 blueprint vault named differently from the policy's target", "BKP7060", With(o => o with { BlueprintVault = "org-vaults" }), "Management/Baseline", Rule + ".target_backup_vault_name"),
        Bad("ROLL-001 StackSet misses a Region of the policy", "BKP7060", With(o => o with { VaultRegions = ["us-east-1"] }), "Management/Baseline", Rule + ".target_backup_vault_name"),
        Bad("ROLL-001 $account copy destination not in the blueprint", "BKP7060", With(o => o with { LocalCopyVault = "missing" })),
        Good("ROLL-001 blueprint creates the policy's vault in both Regions", "BKP7060", With(o => o)),
        Good("ROLL-001 $account copy destination in the blueprint", "BKP7060", With(o => o with { LocalCopyVault = "local-copies" })),
        Good("ROLL-001 the vault in a Region the StackSet misses comes from the accounts' own stacks", "BKP7060", With(o => o with { VaultRegions = ["us-east-1"], MemberAccountStacks = "eu-west-1" })),

        // ROLL-002 (BKP7061): the policy's role in every account its selections reach
        Bad("ROLL-002 blueprint role named differently", "BKP7061", With(o => o with { RoleName = "org-backups-role" }), "Management/Baseline", "plans.daily.selections.tags.tagged.iam_role_arn"),
        Bad("ROLL-002 blueprint role on another path", "BKP7061", With(o => o with { RolePath = null })),
        Bad("ROLL-002 default service role that no blueprint creates", "BKP7061", With(o => o with { PolicyRoleArn = "arn:aws:iam::$account:role/service-role/AWSBackupDefaultServiceRole" })),
        Good("ROLL-002 blueprint creates the named role", "BKP7061", With(o => o)),
        Good("ROLL-002 a role of another account is not the blueprint's", "BKP7061", With(o => o with { PolicyRoleArn = "arn:aws:iam::999999999999:role/backup" })),

        // ROLL-003 (BKP7062): the member vault's lock accepts the policy's retention
        Bad("ROLL-003 lock minimum above the policy's retention", "BKP7062", With(o => o with { Lock = VaultLock.Governance(Duration.Days(60), Duration.Days(365)) }), "Management/Baseline", Rule + ".lifecycle.delete_after_days"),
        Bad("ROLL-003 lock maximum below the policy's retention", "BKP7062", With(o => o with { DeleteAfterDays = 400 })),
        Bad("ROLL-003 rule that never expires into a lock with a maximum", "BKP7062", With(o => o with { DeleteAfterDays = null })),
        Good("ROLL-003 retention within the lock", "BKP7062", With(o => o)),
        Good("ROLL-003 rule that never expires into a lock without maximum", "BKP7062", With(o => o with { DeleteAfterDays = null, Lock = VaultLock.Governance(Duration.Days(7)) })),

        // ROLL-004 (BKP7063): a named role deployed to several Regions collides
        Bad("ROLL-004 named role in a member stack of two Regions", "BKP7063", With(o => o with { RoleRegions = ["us-east-1", "eu-west-1"] }), "Role/BackupRole", "RoleName"),
        Good("ROLL-004 named role from one Region", "BKP7063", With(o => o)),
        Good("ROLL-004 Region-specific role name in two Regions", "BKP7063", With(o => o with { RoleRegions = ["us-east-1", "eu-west-1"], RoleName = "org-backup-role-" + Aws.Region })),

        // ROLL-005 (BKP7064): a policy that reaches the management account needs its vault there
        Bad("ROLL-005 policy on the root reaches the management account without a vault in eu-west-1", "BKP7064", With(o => o with { PolicyOnRoot = true, ManagementVaultRegions = ["us-east-1"] }), "Management/Baseline", Rule + ".target_backup_vault_name"),
        Good("ROLL-005 policy on the OUs only", "BKP7064", With(o => o)),
        Good("ROLL-005 management stacks create the vault in both Regions", "BKP7064", With(o => o with { PolicyOnRoot = true, ManagementVaultRegions = ["us-east-1", "eu-west-1"] })),

        // ROLL-006 (BKP7065): the central copy vault admits every account the rollout reaches
        Bad("ROLL-006 central vault admits the Dev OU only", "BKP7065", With(o => o with { CentralPolicy = OrgPaths("o-a1b2c3d4e5/r-a1b2/ou-a1b2-dv000001/*") }), "Dr/CentralDr", "AccessPolicy"),
        Bad("ROLL-006 central vault admits the Prod accounts but not Dev's", "BKP7065", With(o => o with { CentralPolicy = VaultAccessPolicy.Of(VaultAccessPolicy.AllowCopyIntoFromAccounts("111111111111", "222222222222", "333333333333")) })),
        Good("ROLL-006 central vault admits the organization", "BKP7065", With(o => o)),
        Good("ROLL-006 central vault admits both OUs", "BKP7065", With(o => o with { CentralPolicy = OrgPaths("o-a1b2c3d4e5/r-a1b2/ou-a1b2-dv000001/*", "o-a1b2c3d4e5/r-a1b2/ou-a1b2-pr000001/*") })),

        // ROLL-007 (BKP7066): the StackSet's own settings
        Bad("ROLL-007 account ID among the OUs", "BKP7066", With(o => o with { VaultStackSet = p => p with { OrganizationalUnits = [PolicyTarget.Account("222222222222")] } }), "Vaults", "OrganizationalUnits"),
        Bad("ROLL-007 no Regions", "BKP7066", With(o => o with { VaultRegions = [] })),
        Bad("ROLL-007 failure tolerance count and percentage", "BKP7066", With(o => o with { VaultStackSet = p => p with { FailureToleranceCount = 1, FailureTolerancePercentage = 10 } }), "Vaults", "FailureToleranceCount"),
        Bad("ROLL-007 max concurrent percentage over 100", "BKP7066", With(o => o with { VaultStackSet = p => p with { MaxConcurrentPercentage = 150 } })),
        Bad("ROLL-007 max concurrent count zero", "BKP7066", With(o => o with { VaultStackSet = p => p with { MaxConcurrentCount = 0 } })),
        Bad("ROLL-007 StackSet name with an underscore", "BKP7066", With(o => o with { VaultStackSet = p => p with { StackSetName = "org_vaults" } })),
        Good("ROLL-007 valid targets and preferences", "BKP7066", With(o => o with { VaultStackSet = p => p with { FailureToleranceCount = 1, MaxConcurrentPercentage = 100, RegionConcurrency = RegionConcurrency.Parallel } })),
        Good("ROLL-007 the root as target", "BKP7066", With(o => o with { VaultStackSet = p => p with { OrganizationalUnits = [PolicyTarget.Root("r-a1b2")] } })),
    ];
}
