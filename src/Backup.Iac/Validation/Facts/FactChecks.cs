namespace Backup.Iac.Validation.Facts;

/// <summary>The checks that read the facts index of other resources (<see cref="ResourceFacts"/>), by the construct they report at.</summary>
internal static class FactChecks
{
    public static readonly IReadOnlyList<IValidator<BackupVault>> Vaults = [new NotificationTopicLetsBackupPublish(), new OneTopicPolicyPerTopic()];

    public static readonly IReadOnlyList<IValidator<LogicallyAirGappedBackupVault>> AirGappedVaults = [new OneTopicPolicyPerTopic()];

    public static readonly IReadOnlyList<IValidator<BackupSelection>> Selections =
        [new SelectedBucketIsVersioned(), new RdsBackupSettingsUnderContinuousRule(), new SelectionRoleCanUseSourceKeys(), new UnencryptedSourceUnderEncryptionControl(),
            new RuleStartsInDbWindows(), new VssOnUnsupportedInstanceType()];

    public static readonly IReadOnlyList<IValidator<ReportPlan>> ReportPlans = [new ReportBucketLetsReportsRoleWrite()];

    public static readonly IReadOnlyList<IValidator<RegionSettings>> RegionSettings = [new RegionSettingsAndOrganizationPlans()];
}
