using Backup.Iac.Validation.Rules;
using Backup.Iac.Validation.Schedules;

namespace Backup.Iac.Validation;

/// <summary>Rule checks (RULE): name, target vault, schedule (the AWS cron grammar, frequency, time zone), windows, continuous backup, tags.</summary>
internal static class ScheduleChecks
{
    public static readonly IReadOnlyList<IValidator<RuleSubject>> All =
    [
        new CrossStackVaults(),
        new RuleNameIsValid(),
        new RuleVaultIsValid(),
        new ScheduleIsCron(),
        new ScheduleDayOfWeekNames(),
        new ScheduleFrequency(),
        new ScheduleTimeZoneIsKnown(),
        new RuleWindows(),
        new RuleCompletionWindowFsx(),
        new RuleContinuousBackup(),
        new RecoveryPointTagLimit(),
        new RecoveryPointTagsDynamoDb(),
        new RuleLogicallyAirGappedVault(),
        new RuleScanActions(),
        new CrossResource.ExternalVaultAssumed(),
        new CrossResource.ArchiveOptInWithoutEbs(),
        new CrossResource.DynamoDbWithoutAdvancedFeatures(),
        new CrossResource.CrossAccountCopySetup(),
        new CrossResource.TimestreamColdStorageConflict(),
    ];
}
