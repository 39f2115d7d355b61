using Backup.Iac;

namespace Organization;

/// <summary>
/// An organization's backup policies as code: a baseline on the root (daily backups kept 35 days, copied to a central
/// vault account), longer retention for production, and a monthly plan for Finance; the central account's vaults.
/// Built here so that the tests synthesize exactly what the program does.
/// </summary>
public static class OrganizationEstate
{
    /// <summary>The management account, which deploys the policies.</summary>
    public const string ManagementAccount = "111111111111";

    /// <summary>A production account (OU Workloads/Prod).</summary>
    public const string PaymentsAccount = "222222222222";

    /// <summary>The account that holds the central copies.</summary>
    public const string CentralAccount = "555555555555";

    private const string Role = "arn:aws:iam::$account:role/service-role/AWSBackupDefaultServiceRole";
    private const string CentralVault = "arn:aws:backup:us-east-1:" + CentralAccount + ":backup-vault:central-copies";

    /// <summary>Builds the estate.</summary>
    /// <returns>The app.</returns>
    public static BackupApp Build() => Build(out _);

    /// <summary>Builds the estate and returns the organization tree, for effective policies.</summary>
    /// <param name="organization">The organization with the policies attached.</param>
    /// <returns>The app.</returns>
    public static BackupApp Build(out OrganizationTree organization)
    {
        // The organization as AWS Organizations shows it: root, OUs and accounts.
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
        root.AddAccount(CentralAccount, "Backup");
        var workloads = root.AddOrganizationalUnit("ou-a1b2-wk000001", "Workloads");
        var prod = workloads.AddOrganizationalUnit("ou-a1b2-pr000001", "Prod");
        prod.AddAccount(PaymentsAccount, "Payments");
        workloads.AddOrganizationalUnit("ou-a1b2-dv000001", "Dev").AddAccount("333333333333", "Sandbox");
        var finance = root.AddOrganizationalUnit("ou-a1b2-fn000001", "Finance");
        finance.AddAccount("444444444444", "Ledger");

        var app = new BackupApp();
        var management = app.AddStack("Management", new BackupStackProps
        {
            Account = ManagementAccount,
            Region = "us-east-1",
            Description = "AWS Organizations backup policies (Backup.Iac organization example).",
        });
        management.AddVault("OrgBackups", new BackupVaultProps { BackupVaultName = "org-backups" });

        // The baseline for every account: daily at 05:00 UTC, kept 35 days, a copy in the central account kept 90 days.
        // Children may add Regions but not replace them; the copy action is locked.
        management.AddBackupPolicy("Baseline", new BackupPolicyProps
        {
            PolicyName = "org-baseline",
            Description = "Daily backups of resources tagged backup=daily, copied to the central backup account.",
            Targets = [root],
            Document = new BackupPolicyDocument
            {
                Plans = new()
                {
                    ["Daily"] = new PolicyPlan
                    {
                        Regions = PolicyValue.AssignList("us-east-1", "eu-west-1").AllowingChildren(PolicyOperator.Append),
                        Rules = new()
                        {
                            ["Daily"] = new PolicyRule
                            {
                                ScheduleExpression = PolicyValue.Assign("cron(0 5 ? * * *)"),
                                StartBackupWindowMinutes = PolicyValue.Assign(60),
                                CompleteBackupWindowMinutes = PolicyValue.Assign(480),
                                TargetBackupVaultName = PolicyValue.Assign("org-backups"),
                                Lifecycle = PolicyLifecycle.DeleteAfter(35),
                                CopyActions = new()
                                {
                                    OperatorsAllowedForChildPolicies = PolicyChildOperators.None,
                                    [CentralVault] = PolicyCopyAction.To(CentralVault, PolicyLifecycle.DeleteAfter(90)) with { OperatorsAllowedForChildPolicies = PolicyChildOperators.None },
                                },
                                RecoveryPointTags = new() { ["managed-by"] = PolicyTag.Of("managed-by", "org-backup-policy") },
                            },
                        },
                        Selections = new PolicySelections { Tags = new() { ["Tagged"] = PolicyTagSelection.Of(Role, "backup", "daily") } },
                        BackupPlanTags = new() { ["owner"] = PolicyTag.Of("Owner", "platform-team") },
                    },
                },
            },
        });

        // Production keeps daily backups 90 days and adds a Region.
        management.AddBackupPolicy("ProdRetention", new BackupPolicyProps
        {
            PolicyName = "prod-retention",
            Targets = [prod],
            Document = new BackupPolicyDocument
            {
                Plans = new()
                {
                    ["Daily"] = new PolicyPlan
                    {
                        Regions = PolicyValue.Append("eu-central-1"),
                        Rules = new() { ["Daily"] = new PolicyRule { Lifecycle = PolicyLifecycle.DeleteAfter(90) } },
                    },
                },
            },
        });

        // Finance keeps a monthly backup for a year, 30 days warm then in cold storage (a second plan: both run).
        management.AddBackupPolicy("FinanceMonthly", new BackupPolicyProps
        {
            PolicyName = "finance-monthly",
            Targets = [finance],
            Document = BackupPolicyDocument.Parse("""
                {
                  "plans": {
                    "Monthly": {
                      "regions": {"@@assign": ["us-east-1"]},
                      "rules": {
                        "Monthly": {
                          "schedule_expression": {"@@assign": "cron(0 3 1 * ? *)"},
                          "target_backup_vault_name": {"@@assign": "org-backups"},
                          "lifecycle": {
                            "move_to_cold_storage_after_days": {"@@assign": "30"},
                            "delete_after_days": {"@@assign": "365"}
                          }
                        }
                      },
                      "selections": {
                        "tags": {
                          "Ledgers": {
                            "iam_role_arn": {"@@assign": "arn:aws:iam::$account:role/service-role/AWSBackupDefaultServiceRole"},
                            "tag_key": {"@@assign": "backup"},
                            "tag_value": {"@@assign": ["monthly"]}
                          }
                        }
                      }
                    }
                  }
                }
                """).Document,
        });

        // The central backup account: the org vault every account backs up into, and the vault the copies go to.
        var central = app.AddStack("Central", new BackupStackProps { Account = CentralAccount, Region = "us-east-1" });
        central.AddVault("OrgBackups", new BackupVaultProps { BackupVaultName = "org-backups" });
        central.AddVault("Copies", new BackupVaultProps
        {
            BackupVaultName = "central-copies",
            AccessPolicy = VaultAccessPolicy.Of(VaultAccessPolicy.AllowCopyIntoFromOrganization("o-a1b2c3d4e5")),
        });

        app.Acknowledge("BKP6020", at: "Management/Baseline", reason: "The central vault lets the organization copy in (Central/Copies) and cross-account backup is on in the management account.");
        return app;
    }
}
