using Backup.Iac.Validation.Indexes;
using Backup.Iac.Validation.Vaults;

namespace Backup.Iac.Validation;

/// <summary>Rule checks of index actions (IDX) and resource-type strings (RT).</summary>
internal static class RuleChecks
{
    public static readonly IReadOnlyList<IValidator<RuleSubject>> All =
    [
        new ReservedVaultTargets(),
        new ResourceTypeStringIsDocumented(),
        new IndexActionCount(),
        new IndexResourceTypes(),
        new IndexMatchesSelections(),
        new IndexOfContinuousOrColdRecoveryPoints(),
        new AirGapped.RuleTargetIsAirGappedVault(),
        new AirGapped.RuleRetentionWithinVaultBounds(),
    ];
}
