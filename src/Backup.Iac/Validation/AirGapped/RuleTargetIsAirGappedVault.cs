using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.AirGapped;

/// <summary>
/// LAG-008: a rule's <c>Vault</c> (written as <c>TargetBackupVault</c>) that is a logically air-gapped vault of the app,
/// as a construct or by name or ARN. The rule should back up into a standard vault and name the air-gapped vault in
/// <c>LogicallyAirGappedVault</c> (RULE-026) or copy into it.
/// </summary>
internal sealed class RuleTargetIsAirGappedVault : IValidator<RuleSubject>
{
    public void Check(RuleSubject subject, ValidationContext context)
    {
        if (AirGappedVaults.Resolve<LogicallyAirGappedBackupVault>(subject.Vault, subject.Plan.Stack, context) is { } airGapped)
        {
            context.Report(AirGappedVaultConstraints.RuleTargetIsAirGapped, subject.Plan, subject.SubPath, nameof(BackupPlanRule.Vault), AirGappedVaults.Describe(airGapped));
        }
    }
}
