namespace Backup.Iac.Validation;

/// <summary>Legal hold checks (LH, governance catalog section 7.1).</summary>
internal static class LegalHoldChecks
{
    public static readonly IReadOnlyList<IValidator<LegalHold>> All =
    [
        new Governance.LegalHoldIsValid(),
        new Governance.LegalHoldQuota(),
        new Governance.LegalHoldCoverage(),
    ];
}
