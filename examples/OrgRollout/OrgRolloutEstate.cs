using Backup.Iac;

namespace OrgRollout;

/// <summary>
/// An organization-wide rollout on CloudFormation StackSets: the management account holds a backup policy on two OUs and
/// two service-managed StackSets; every account of those OUs gets a locked vault in two Regions (one StackSet) and the
/// backup role the policy names, from one Region (the other StackSet: IAM is global); a central DR account holds the
/// vault the copies go to. Built here so that the tests synthesize exactly what the program does.
/// </summary>
public static class OrgRolloutEstate
{
    /// <summary>The management account: the policy and the StackSets.</summary>
    public const string ManagementAccount = "111111111111";

    /// <summary>The DR account that holds the central copies.</summary>
    public const string DrAccount = "555555555555";

    /// <summary>The Regions of the policy and of the vault StackSet.</summary>
    public static readonly IReadOnlyList<string> Regions = ["us-east-1", "eu-west-1"];

    private const string VaultName = "org-vault";
    private const string RoleName = "org-backup-role";
    private const string RoleArn = "arn:aws:iam::$account:role/service-role/" + RoleName;
    private const string CentralVault = "arn:aws:backup:us-east-1:" + DrAccount + ":backup-vault:central-dr";

    /// <summary>Builds the estate.</summary>
    /// <returns>The app.</returns>
    public static BackupApp Build() => Build(out _);

    /// <summary>Builds the estate and returns the organization tree.</summary>
    /// <param name="organization">The organization with the policy attached.</param>
    /// <returns>The app.</returns>
    public static BackupApp Build(out OrganizationTree organization)
    {
        organization = new OrganizationTree("r-a1b2", new OrganizationTreeProps
        {
            ManagementAccountId = ManagementAccount,
            AllFeaturesEnabled = true,
            BackupPolicyTypeEnabled = true,
            TrustedAccessForBackupEnabled = true,
            BackupPoliciesEnabled = true,
        });
        var root = organization.Root;
        root.AddAccount(ManagementAccount, "Management");
        root.AddAccount(DrAccount, "Disaster recovery");
        var prod = root.AddOrganizationalUnit("ou-a1b2-pr000001", "Prod");
        prod.AddAccount("222222222222", "Payments");
        prod.AddAccount("333333333333", "Orders");
        var dev = root.AddOrganizationalUnit("ou-a1b2-dv000001", "Dev");
        dev.AddAccount("444444444444", "Sandbox");

        var app = new BackupApp();
        var management = app.AddStack("Management", new BackupStackProps
        {
            Account = ManagementAccount,
            Region = "us-east-1",
            Description = "Backup policy and StackSets of the organization-wide rollout (Backup.Iac OrgRollout example).",
        });

        // The policy: daily at 05:00 UTC into org-vault in both Regions, kept 35 days, a copy in the DR account kept 90 days.
        management.AddBackupPolicy("Baseline", new BackupPolicyProps
        {
            PolicyName = "org-baseline",
            Description = "Daily backups of resources tagged backup=daily into org-vault, copied to the DR account.",
            Targets = [prod, dev],
            Document = new BackupPolicyDocument
            {
                Plans = new()
                {
                    ["Daily"] = new PolicyPlan
                    {
                        Regions = PolicyValue.AssignList([.. Regions]),
                        Rules = new()
                        {
                            ["Daily"] = new PolicyRule
                            {
                                ScheduleExpression = PolicyValue.Assign("cron(0 5 ? * * *)"),
                                StartBackupWindowMinutes = PolicyValue.Assign(60),
                                CompleteBackupWindowMinutes = PolicyValue.Assign(480),
                                TargetBackupVaultName = PolicyValue.Assign(VaultName),
                                Lifecycle = PolicyLifecycle.DeleteAfter(35),
                                CopyActions = new() { [CentralVault] = PolicyCopyAction.To(CentralVault, PolicyLifecycle.DeleteAfter(90)) },
                            },
                        },
                        Selections = new PolicySelections { Tags = new() { ["Tagged"] = PolicyTagSelection.Of(RoleArn, "backup", "daily") } },
                    },
                },
            },
        });

        // What every member account gets in each Region: the vault the policy names, locked (governance mode) so that
        // recovery points are kept 7 days to 1 year.
        var vaults = app.AddMemberStack("MemberVaults", new MemberStackProps
        {
            Management = management,
            OrganizationalUnits = [prod, dev],
            Regions = Regions,
            FailureTolerancePercentage = 10,
            MaxConcurrentPercentage = 25,
            RegionConcurrency = RegionConcurrency.Parallel,
            Description = "The org-vault backup vault of every member account (Backup.Iac OrgRollout example).",
        });
        vaults.AddVault("OrgVault", new BackupVaultProps
        {
            BackupVaultName = VaultName,
            Lock = VaultLock.Governance(minRetention: Duration.Days(7), maxRetention: Duration.Days(365)),
        });

        // The role the policy's selection names: IAM is global, so it is deployed from one Region only.
        var roles = app.AddMemberStack("MemberRole", new MemberStackProps
        {
            Management = management,
            OrganizationalUnits = [prod, dev],
            Regions = ["us-east-1"],
            FailureTolerancePercentage = 10,
            MaxConcurrentPercentage = 25,
            Description = "The backup role of every member account (Backup.Iac OrgRollout example).",
        });
        roles.AddBackupServiceRole("BackupRole", new BackupServiceRoleProps { RoleName = RoleName, Path = "/service-role/" });

        // The DR account: the vault every member account copies into, open to the organization.
        var dr = app.AddStack("DisasterRecovery", new BackupStackProps { Account = DrAccount, Region = "us-east-1" });
        dr.AddVault("CentralDr", new BackupVaultProps
        {
            BackupVaultName = "central-dr",
            AccessPolicy = VaultAccessPolicy.Of(VaultAccessPolicy.AllowCopyIntoFromOrganization("o-a1b2c3d4e5")),
        });

        app.Acknowledge("BKP6020", at: "Management/Baseline", reason: "The DR vault lets the organization copy in (DisasterRecovery/CentralDr) and cross-account backup is on in the management account.");
        return app;
    }
}
