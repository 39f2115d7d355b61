namespace Backup.Iac.Tests;

/// <summary>
/// The pre-deploy audit (Audit.Evaluate and the audit command): each test names the governance catalog row whose
/// semantics it checks (PRE-004, PRE-009, PRE-010, CTRL-*-semantics, RPT-007/026/028).
/// </summary>
public class AuditTests
{
    private static readonly ResourceTrackingProps Tracking = new() { DeliveryBucketName = "config-bucket-111122223333" };

    /// <summary>An app with stack <c>Test</c>: vault <c>Vault</c> (varied), the plan built by <paramref name="plan"/>, tracking, and a framework <c>Audit</c> with the controls.</summary>
    private static BackupApp Estate(Action<BackupStack, BackupVault> plan, BackupVaultProps? vault = null, params FrameworkControl[] controls) => Fixture.App(s =>
    {
        var v = s.AddVault("Vault", vault ?? new BackupVaultProps());
        plan(s, v);
        s.AddResourceTracking("Tracking", Tracking);
        s.AddFramework("Audit", new FrameworkProps { Controls = controls });
    });

    private static Action<BackupStack, BackupVault> Rules(params BackupPlanRule[] rules) => (s, v) => Fixture.Plan(s, v, rules);

    private static ControlAudit Control(BackupApp app, int index = 0)
    {
        Assert.False(app.Synth().HasErrors, string.Join("\n", app.Synth().Errors));
        return Assert.Single(Audit.Evaluate(app).Frameworks).Controls[index];
    }

    private static BackupPlanRule Kept(BackupPlanRule rule, int days) => rule with { Lifecycle = Lifecycle.Retain(Duration.Days(days)) };

    /// <summary>CTRL-FREQ-06: a plan complies when one of its rules meets both the frequency and the retention.</summary>
    [Fact]
    public void CTRL_FREQ_06_a_plan_complies_when_one_rule_meets_both_frequency_and_retention()
    {
        var control = Controls.BackupPlanMinFrequencyAndMinRetention(Duration.Hours(24), Duration.Days(35));
        var good = Control(Estate(Rules(Kept(BackupPlanRule.Daily(), 35), BackupPlanRule.Weekly()), null, control));
        Assert.Equal(ComplianceStatus.Compliant, good.Status);
        Assert.Equal("Test/Plan", Assert.Single(good.Findings).Path);

        // Daily but kept 7 days, and kept 35 days but weekly: no single rule meets both.
        var bad = Control(Estate(Rules(Kept(BackupPlanRule.Daily(), 7), Kept(BackupPlanRule.Weekly(), 35)), null, control));
        Assert.Equal(ComplianceStatus.NonCompliant, bad.Status);
        Assert.Contains("Weekly runs up to 7 days apart", Assert.Single(bad.Findings).Reason, StringComparison.Ordinal);

        // Every 12 hours is required: a daily rule is too rare.
        var twice = Control(Estate(Rules(Kept(BackupPlanRule.Daily(), 35)), null, Controls.BackupPlanMinFrequencyAndMinRetention(Duration.Hours(12))));
        Assert.Equal(ComplianceStatus.NonCompliant, twice.Status);
        var hourly = Control(Estate(Rules(Kept(BackupPlanRule.Daily() with { Schedule = Schedule.Cron(minute: "0", hour: "0/12") }, 35)), null,
            Controls.BackupPlanMinFrequencyAndMinRetention(Duration.Hours(12))));
        Assert.Equal(ComplianceStatus.Compliant, hourly.Status);
    }

    [Fact]
    public void CTRL_FREQ_06_a_tag_scope_selects_plans_by_their_tags_and_a_rule_without_deletion_keeps_forever()
    {
        var app = Fixture.App(s =>
        {
            var v = s.AddVault("Vault");
            s.AddPlan("Tagged", new BackupPlanProps { Vault = v, Rules = [BackupPlanRule.Daily() with { Lifecycle = null }], Tags = new Dictionary<string, string> { ["policy"] = "gold" } })
                .AddSelection("Sel", new BackupSelectionOptions { Resources = [BackupResource.FromTag("a", "b")] });
            s.AddPlan("Other", new BackupPlanProps { Vault = v, Rules = [BackupPlanRule.Weekly()] })
                .AddSelection("Sel", new BackupSelectionOptions { Resources = [BackupResource.FromTag("c", "d")] });
            s.AddResourceTracking("Tracking", Tracking);
            s.AddFramework("Audit", new FrameworkProps { Controls = [Controls.BackupPlanMinFrequencyAndMinRetention() with { Scope = ControlScope.Tagged("policy", "gold") }] });
        });
        var control = Control(app);
        var finding = Assert.Single(control.Findings);
        Assert.Equal(("Test/Tagged", ComplianceStatus.Compliant), (finding.Path, finding.Status));
        Assert.Contains("until deleted", finding.Reason, StringComparison.Ordinal);
    }

    /// <summary>CTRL-BP-02: the default scope is every resource (by type); tag and single-resource scopes are allowed.</summary>
    [Fact]
    public void CTRL_BP_02_plan_coverage_defaults_to_every_resource_and_follows_tag_type_and_resource_scopes()
    {
        var bp = Controls.BackupResourcesProtectedByBackupPlan();
        Assert.Equal(ControlScopeKinds.All, ControlCatalog.ResourcesProtectedByBackupPlan.AllowedScopes);

        // No scope: a tag selection covers only tagged resources, which AWS judges.
        Assert.Equal(ComplianceStatus.RunTimeOnly, Control(Estate(Rules(BackupPlanRule.Daily()), null, bp)).Status);

        // '*' covers everything.
        var all = Estate((s, v) => s.AddPlan("Plan", new BackupPlanProps { Vault = v, Rules = [BackupPlanRule.Daily()] })
            .AddSelection("All", new BackupSelectionOptions { Resources = [BackupResource.All()] }), null, bp);
        Assert.Equal(ComplianceStatus.Compliant, Control(all).Status);

        // A tag scope that no selection picks, and no ARN selection: unprotected.
        var untagged = Control(Estate(Rules(BackupPlanRule.Daily()), null, bp with { Scope = ControlScope.Tagged("tier", "gold") }));
        Assert.Equal(ComplianceStatus.NonCompliant, untagged.Status);
        Assert.Equal("Test/Audit/Controls[0]", Assert.Single(untagged.Findings).Path);
        Assert.Equal(ComplianceStatus.Compliant, Control(Estate(Rules(BackupPlanRule.Daily()), null, bp with { Scope = ControlScope.Tagged("backup", "true") })).Status);

        // Types: DynamoDB tables by ARN wildcard are all selected; EFS is selected only through the tag.
        var typed = Estate((s, v) => s.AddPlan("Plan", new BackupPlanProps { Vault = v, Rules = [BackupPlanRule.Daily()] })
            .AddSelection("Tables", new BackupSelectionOptions { Resources = [BackupResource.FromArn("arn:aws:dynamodb:*:*:table/*")] }), null,
            bp with { Scope = ControlScope.ResourceTypes("DynamoDB", "EFS") });
        var findings = Control(typed).Findings;
        Assert.Equal([ComplianceStatus.Compliant, ComplianceStatus.NonCompliant], findings.Select(f => f.Status));

        // One resource by ID, named by a selection's ARN.
        var one = Estate((s, v) => s.AddPlan("Plan", new BackupPlanProps { Vault = v, Rules = [BackupPlanRule.Daily()] })
            .AddSelection("Orders", new BackupSelectionOptions { Resources = [BackupResource.DynamoDbTable("orders")] }), null,
            bp with { Scope = ControlScope.Resource("DynamoDB", "orders") });
        Assert.Equal(ComplianceStatus.Compliant, Control(one).Status);
    }

    /// <summary>CTRL-DEL-05: no exceptions by default; the remediation is a vault access policy that denies deletion.</summary>
    [Fact]
    public void CTRL_DEL_05_a_vault_complies_when_its_policy_denies_deleting_recovery_points_to_everyone()
    {
        var del = Controls.BackupRecoveryPointManualDeletionDisabled();
        Assert.Equal(ComplianceStatus.NonCompliant, Control(Estate(Rules(BackupPlanRule.Daily()), null, del)).Status);
        var denied = new BackupVaultProps { AccessPolicy = VaultAccessPolicy.Of(VaultAccessPolicy.DenyRecoveryPointDeletion()) };
        Assert.Equal(ComplianceStatus.Compliant, Control(Estate(Rules(BackupPlanRule.Daily()), denied, del)).Status);

        // The seed's remediation policy (DG L4890-4907): deny with exceptions in a condition, judged by AWS.
        var seed = new BackupVaultProps
        {
            AccessPolicy = VaultAccessPolicy.FromJson("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "backup:DeleteRecoveryPoint", "Resource": "*",
                  "Condition": {"StringNotEquals": {"aws:userId": ["AAAAAAAAAAAAAAAAAAAAA:", "BBBBBBBBBBBBBBBBBBBBBB", "112233445566"]}}}]}
                """),
        };
        Assert.Equal(ComplianceStatus.RunTimeOnly, Control(Estate(Rules(BackupPlanRule.Daily()), seed, del)).Status);

        // A Deny of other actions, or of deletion to one role only, does not count.
        var other = new BackupVaultProps { AccessPolicy = VaultAccessPolicy.Of(new PolicyStatement { Effect = PolicyEffect.Deny, Principals = [PolicyPrincipal.Anyone], Actions = ["backup:StartRestoreJob"] }) };
        Assert.Equal(ComplianceStatus.NonCompliant, Control(Estate(Rules(BackupPlanRule.Daily()), other, del)).Status);
        var oneRole = new BackupVaultProps
        {
            AccessPolicy = VaultAccessPolicy.Of(new PolicyStatement { Effect = PolicyEffect.Deny, Principals = [PolicyPrincipal.FromArn(Fixture.RoleArn)], Actions = ["backup:DeleteRecoveryPoint"] }),
        };
        Assert.Equal(ComplianceStatus.NonCompliant, Control(Estate(Rules(BackupPlanRule.Daily()), oneRole, del)).Status);
    }

    [Fact]
    public void CTRL_ENC_03_fully_managed_types_are_encrypted_by_the_vault_and_others_follow_their_source()
    {
        var enc = Controls.BackupRecoveryPointEncrypted();
        var efs = Estate((s, v) => s.AddPlan("Plan", new BackupPlanProps { Vault = v, Rules = [BackupPlanRule.Daily()] })
            .AddSelection("Files", new BackupSelectionOptions { Resources = [BackupResource.EfsFileSystem("fs-0123")] }), null, enc);
        Assert.Equal(ComplianceStatus.Compliant, Control(efs).Status);
        var ebs = Estate((s, v) => s.AddPlan("Plan", new BackupPlanProps { Vault = v, Rules = [BackupPlanRule.Daily()] })
            .AddSelection("Volumes", new BackupSelectionOptions { Resources = [BackupResource.EbsVolume("vol-0123")] }), null, enc);
        var control = Control(ebs);
        Assert.Equal(ComplianceStatus.RunTimeOnly, control.Status);
        Assert.Contains("EBS", control.Findings[0].Reason, StringComparison.Ordinal);
        Assert.NotNull(control.RunTimeNote);
    }

    [Fact]
    public void CTRL_RET_a_rule_that_deletes_before_the_required_retention_is_non_compliant()
    {
        var control = Control(Estate(Rules(Kept(BackupPlanRule.Daily(), 7), BackupPlanRule.Monthly1Year()), null, Controls.BackupRecoveryPointMinimumRetention(Duration.Days(35))));
        Assert.Equal(ComplianceStatus.NonCompliant, control.Status);
        Assert.Equal([("Test/Plan/Rules[Daily]", ComplianceStatus.NonCompliant), ("Test/Plan/Rules[Monthly1Year]", ComplianceStatus.Compliant)],
            control.Findings.Select(f => (f.Path, f.Status)));
    }

    [Fact]
    public void CTRL_XREG_and_CTRL_XACC_copies_to_another_Region_or_account_comply_and_CTRL_XREG_02_RDS_cannot_cross_both()
    {
        var otherRegion = BackupVault.FromArn($"arn:aws:backup:{Fixture.OtherRegion}:{Fixture.Account}:backup-vault:dr");
        var otherAccount = BackupVault.FromArn($"arn:aws:backup:{Fixture.Region}:{Fixture.OtherAccount}:backup-vault:central");
        var both = BackupVault.FromArn($"arn:aws:backup:{Fixture.OtherRegion}:{Fixture.OtherAccount}:backup-vault:central");
        var copying = Rules(BackupPlanRule.Daily() with { CopyActions = [CopyAction.To(otherRegion), CopyAction.To(otherAccount)] });
        Assert.Equal(ComplianceStatus.Compliant, Control(Estate(copying, null, Controls.BackupResourcesProtectedByCrossRegion())).Status);
        Assert.Equal(ComplianceStatus.Compliant, Control(Estate(copying, null, Controls.BackupResourcesProtectedByCrossAccount(Fixture.OtherAccount))).Status);
        Assert.Equal(ComplianceStatus.NonCompliant, Control(Estate(copying, null, Controls.BackupResourcesProtectedByCrossRegion("us-east-1"))).Status);
        Assert.Equal(ComplianceStatus.NonCompliant, Control(Estate(Rules(BackupPlanRule.Daily()), null, Controls.BackupResourcesProtectedByCrossAccount())).Status);

        // An RDS-only selection whose one copy crosses a Region and an account at once is not protected (DG L720-725).
        var rds = Estate((s, v) => s.AddPlan("Plan", new BackupPlanProps { Vault = v, Rules = [BackupPlanRule.Daily() with { CopyActions = [CopyAction.To(both)] }] })
            .AddSelection("Db", new BackupSelectionOptions { Resources = [BackupResource.RdsInstance("orders")] }), null, Controls.BackupResourcesProtectedByCrossRegion());
        Assert.Contains(rds.Synth().Errors, d => d.Code == "BKP2310"); // synth refuses it (COPY-010 on named types is an error); the audit still judges it
        var control = Assert.Single(Audit.Evaluate(rds).Frameworks).Controls[0];
        Assert.Equal(ComplianceStatus.NonCompliant, control.Status);
        Assert.Contains("cannot cross a Region and an account at once", control.Findings[0].Reason, StringComparison.Ordinal);
    }

    /// <summary>CTRL-LOCK-02: compliant when the resource's backups sit in a locked vault (within the control's bounds).</summary>
    [Fact]
    public void CTRL_LOCK_02_backups_in_a_locked_vault_within_the_bounds_comply()
    {
        var locked = new BackupVaultProps { Lock = VaultLock.Governance(Duration.Days(7), Duration.Days(365)) };
        Assert.Equal(ComplianceStatus.Compliant, Control(Estate(Rules(BackupPlanRule.Daily()), locked, Controls.BackupResourcesProtectedByBackupVaultLock())).Status);
        Assert.Equal(ComplianceStatus.NonCompliant, Control(Estate(Rules(BackupPlanRule.Daily()), null, Controls.BackupResourcesProtectedByBackupVaultLock())).Status);
        Assert.Equal(ComplianceStatus.NonCompliant,
            Control(Estate(Rules(BackupPlanRule.Daily()), locked, Controls.BackupResourcesProtectedByBackupVaultLock(minRetention: Duration.Days(30)))).Status);
        Assert.Equal(ComplianceStatus.Compliant,
            Control(Estate(Rules(BackupPlanRule.Daily()), locked, Controls.BackupResourcesProtectedByBackupVaultLock(Duration.Days(7), Duration.Days(400)))).Status);

        // A vault outside the app: its lock is unknown.
        var external = Estate((s, _) => Fixture.Plan(s, BackupVault.FromName("central"), BackupPlanRule.Daily()), null, Controls.BackupResourcesProtectedByBackupVaultLock());
        Assert.Equal(ComplianceStatus.RunTimeOnly, Control(external).Status);
    }

    /// <summary>CTRL-LAST-02: non-compliant when no recovery point can be created within the time frame; otherwise AWS judges the jobs.</summary>
    [Fact]
    public void CTRL_LAST_02_a_schedule_rarer_than_the_time_frame_is_non_compliant_and_otherwise_judged_at_run_time()
    {
        Assert.Equal(ComplianceStatus.NonCompliant, Control(Estate(Rules(BackupPlanRule.Weekly()), null, Controls.BackupLastRecoveryPointCreated(Duration.Days(1)))).Status);
        Assert.Equal(ComplianceStatus.RunTimeOnly, Control(Estate(Rules(BackupPlanRule.Daily(), BackupPlanRule.Weekly()), null, Controls.BackupLastRecoveryPointCreated())).Status);
        Assert.Equal(ComplianceStatus.RunTimeOnly, Control(Estate(Rules(BackupPlanRule.Weekly()), null, Controls.BackupLastRecoveryPointCreated(Duration.Days(7)))).Status);
    }

    /// <summary>CTRL-RTIME-02, CTRL-RTIME-03 (no restore-time SLA: the run-time note says so), CTRL-RTIME-04.</summary>
    [Fact]
    public void CTRL_RTIME_02_03_04_restore_time_is_judged_at_run_time_from_restore_tests_and_needs_no_recorded_type()
    {
        Assert.Null(ControlCatalog.RestoreTimeForResourcesMeetTarget.RecordedType);
        var rtime = Controls.RestoreTimeForResourcesMeetTarget(Duration.Minutes(720));
        var untested = Control(Estate(Rules(BackupPlanRule.Daily()), null, rtime));
        Assert.Equal(ComplianceStatus.InsufficientData, untested.Status);
        Assert.Contains("no restore-time SLA", untested.RunTimeNote, StringComparison.Ordinal);

        var tested = Estate((s, v) =>
        {
            Fixture.Plan(s, v, BackupPlanRule.Daily());
            s.AddRestoreTestingPlan("Tests", new RestoreTestingPlanProps { Schedule = Schedule.Daily(hour: 6) })
                .AddSelection("Volumes", new RestoreTestingSelectionOptions { ProtectedResourceType = "EBS" });
        }, null, rtime);
        var control = Control(tested);
        Assert.Equal(ComplianceStatus.RunTimeOnly, control.Status);
        Assert.Equal("Test/Tests/Volumes", Assert.Single(control.Findings).Path);

        // With only AWS::Config::ResourceCompliance recorded, RTIME (no type) is not reported by PRE-003.
        var app = Fixture.App(s =>
        {
            s.AddResourceTracking("Tracking", Tracking with { ResourceTypes = [ResourceTracking.ResourceComplianceType] });
            s.AddFramework("Audit", new FrameworkProps { Controls = [rtime] });
        });
        Assert.DoesNotContain(app.Synth().Diagnostics, d => d.Code == "BKP5903");
    }

    [Fact]
    public void PRE_009_a_control_with_nothing_in_scope_has_insufficient_data()
    {
        var app = Estate(Rules(BackupPlanRule.Daily()), null, Controls.BackupPlanMinFrequencyAndMinRetention() with { Scope = ControlScope.Tagged("policy", "none") });
        var control = Control(app);
        Assert.Equal(ComplianceStatus.InsufficientData, control.Status);
        Assert.Empty(control.Findings);
    }

    [Fact]
    public void PRE_010_a_framework_is_compliant_only_if_every_control_is()
    {
        var locked = new BackupVaultProps { Lock = VaultLock.Governance(Duration.Days(7)), AccessPolicy = VaultAccessPolicy.Of(VaultAccessPolicy.DenyRecoveryPointDeletion()) };
        var compliant = Audit.Evaluate(Estate(Rules(BackupPlanRule.Daily()), locked, Controls.BackupRecoveryPointManualDeletionDisabled(), Controls.BackupResourcesProtectedByBackupVaultLock()));
        Assert.Equal(ComplianceStatus.Compliant, Assert.Single(compliant.Frameworks).Status);
        Assert.False(compliant.HasNonCompliance);

        var mixed = Audit.Evaluate(Estate(Rules(BackupPlanRule.Daily()), locked, Controls.BackupRecoveryPointManualDeletionDisabled(), Controls.BackupLastRecoveryPointCreated()));
        Assert.Equal(ComplianceStatus.RunTimeOnly, Assert.Single(mixed.Frameworks).Status);

        var withEmpty = Audit.Evaluate(Estate(Rules(BackupPlanRule.Daily()), locked, Controls.BackupRecoveryPointManualDeletionDisabled(),
            Controls.BackupPlanMinFrequencyAndMinRetention() with { Scope = ControlScope.Tagged("policy", "none") }));
        Assert.Equal(ComplianceStatus.InsufficientData, Assert.Single(withEmpty.Frameworks).Status);

        var broken = Audit.Evaluate(Estate(Rules(BackupPlanRule.Daily()), null, Controls.BackupRecoveryPointManualDeletionDisabled(), Controls.BackupResourcesProtectedByBackupVaultLock()));
        Assert.Equal(ComplianceStatus.NonCompliant, Assert.Single(broken.Frameworks).Status);
        Assert.Equal(["Test/Vault", "Test/Plan/Sel"], broken.NonCompliant.Select(n => n.Finding.Path));
    }

    [Fact]
    public void PRE_004_the_framework_status_is_predicted_from_the_recorded_types()
    {
        RecordingStatus Status(ResourceTrackingProps? tracking)
        {
            var app = Fixture.App(s =>
            {
                if (tracking is not null)
                {
                    s.AddResourceTracking("Tracking", tracking);
                }

                s.AddFramework("Audit", new FrameworkProps { Controls = [Controls.BackupResourcesProtectedByBackupPlan(), Controls.BackupPlanMinFrequencyAndMinRetention()] });
            });
            return Assert.Single(Audit.Evaluate(app).Frameworks).Recording;
        }

        Assert.Equal(RecordingStatus.Unknown, Status(null));
        Assert.Equal(RecordingStatus.Active, Status(Tracking));
        Assert.Equal(RecordingStatus.Active, Status(new ResourceTrackingProps { ManagedElsewhere = true, AllSupported = true }));
        Assert.Equal(RecordingStatus.PartiallyActive, Status(Tracking with { ResourceTypes = ["AWS::Backup::BackupPlan", ResourceTracking.ResourceComplianceType] }));
        Assert.Equal(RecordingStatus.Inactive, Status(Tracking with { ResourceTypes = ["AWS::Backup::BackupPlan", "AWS::Backup::BackupSelection"] }));
    }

    [Fact]
    public void FW_014_a_framework_evaluates_only_the_estate_of_its_own_account_and_Region()
    {
        var app = new BackupApp();
        var ireland = app.AddStack("Ireland", new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region });
        var frankfurt = app.AddStack("Frankfurt", new BackupStackProps { Account = Fixture.Account, Region = Fixture.OtherRegion });
        var irelandPlans = app.AddStack("IrelandPlans", new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region });
        Fixture.Plan(irelandPlans, irelandPlans.AddVault("Vault"), BackupPlanRule.Daily());
        Fixture.Plan(frankfurt, frankfurt.AddVault("Vault"), BackupPlanRule.Weekly());
        ireland.AddResourceTracking("Tracking", Tracking);
        ireland.AddFramework("Audit", new FrameworkProps { Controls = [Controls.BackupPlanMinFrequencyAndMinRetention()] });
        frankfurt.AddResourceTracking("Tracking", Tracking);
        frankfurt.AddFramework("Audit", new FrameworkProps { Controls = [Controls.BackupPlanMinFrequencyAndMinRetention()] });
        var report = Audit.Evaluate(app);
        Assert.Equal([("Ireland/Audit", "IrelandPlans/Plan", ComplianceStatus.Compliant), ("Frankfurt/Audit", "Frankfurt/Plan", ComplianceStatus.NonCompliant)],
            report.Frameworks.Select(f => (f.Path, Assert.Single(f.Controls[0].Findings).Path, f.Status)));
    }

    /// <summary>RPT-007 (where reports land), RPT-026 (deleting the plan keeps delivered reports), RPT-028 (delivered between 01:00 and 05:00 UTC).</summary>
    [Fact]
    public void RPT_007_026_028_the_audit_says_where_and_when_reports_land_and_that_deletion_keeps_them()
    {
        var app = Fixture.App(s =>
        {
            s.AddReportPlan("Local", new ReportPlanProps { ReportSetting = ReportSetting.BackupJobs(), ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("reports", "backup/") });
            s.AddReportPlan("Org", new ReportPlanProps { ReportSetting = ReportSetting.CopyJobs() with { OrganizationUnits = ["ou-abcd-1234wxyz"] }, ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("reports") });
            s.AddReportPlan("Regions", new ReportPlanProps { ReportSetting = ReportSetting.RestoreJobs() with { Regions = ["*"] }, ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("reports") });
        });
        var plans = Audit.Evaluate(app).ReportPlans;
        Assert.Equal(
        [
            "s3://reports/backup/Backup/111122223333/eu-west-1/YYYY/MM/DD/",
            "s3://reports/Backup/crossaccount/eu-west-1/YYYY/MM/DD/",
            "s3://reports/Backup/111122223333/crossregion/YYYY/MM/DD/",
        ], plans.Select(p => p.Delivery));
        Assert.All(plans, p => Assert.Contains(p.Notes, n => n.Contains("between 01:00 and 05:00 UTC", StringComparison.Ordinal)));
        Assert.All(plans, p => Assert.Contains(p.Notes, n => n.Contains("leaves the reports already delivered", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_audit_command_exits_0_for_the_compliance_example_and_its_output_is_golden()
    {
        var stdout = new StringWriter();
        var code = BackupAppHost.Run(Compliance.ComplianceEstate.Build(), ["audit"], stdout, new StringWriter(), color: false);
        Assert.Equal(0, code);
        Golden.Match("tests/Golden/Compliance/audit.txt", stdout.ToString());
    }

    [Fact]
    public void The_audit_command_exits_1_for_a_non_compliant_control_and_names_the_resource()
    {
        var app = Estate(Rules(BackupPlanRule.Weekly()), null, Controls.BackupPlanMinFrequencyAndMinRetention());
        var stdout = new StringWriter();
        Assert.Equal(1, BackupAppHost.Run(app, ["audit"], stdout, new StringWriter(), color: false));
        Assert.Contains("non-compliant     Test/Plan: No rule meets both", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_audit_command_refuses_an_estate_with_errors_and_bad_options()
    {
        var invalid = Fixture.App(s => s.AddFramework("Audit", new FrameworkProps { Controls = [] }));
        var stdout = new StringWriter();
        Assert.Equal(1, BackupAppHost.Run(invalid, ["audit"], stdout, new StringWriter(), color: false));
        Assert.Contains("BKP5506", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("Audit not run", stdout.ToString(), StringComparison.Ordinal);
        var stderr = new StringWriter();
        Assert.Equal(2, BackupAppHost.Run(Compliance.ComplianceEstate.Build(), ["audit", "--out"], new StringWriter(), stderr, color: false));
        Assert.Contains("Unknown option '--out'", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_evaluate_does_not_change_the_app()
    {
        var app = Compliance.ComplianceEstate.Build();
        var before = Audit.Evaluate(app);
        var after = Audit.Evaluate(app);
        Assert.Equal(before.Frameworks.SelectMany(f => f.Controls).Select(c => (c.ControlName, c.Status)), after.Frameworks.SelectMany(f => f.Controls).Select(c => (c.ControlName, c.Status)));
        Assert.False(app.Synth().HasErrors);
    }

    [Fact]
    public void Audit_of_a_StackSet_rollout_shows_per_OU_which_accounts_get_which_plans_into_which_vaults()
    {
        var app = OrgRollout.OrgRolloutEstate.Build(out var tree);
        var stdout = new StringWriter();

        var code = BackupAppHost.Run(app, ["audit"], stdout, new StringWriter(), color: false);

        Assert.Equal(0, code);
        var text = stdout.ToString();
        Assert.Contains("Organization-wide rollout", text, StringComparison.Ordinal);
        Assert.Contains(RolloutMap.Describe(OrgRollout.OrgRolloutEstate.Build(out var again), again), text, StringComparison.Ordinal);
        Assert.NotEmpty(tree.Accounts);
    }
}
