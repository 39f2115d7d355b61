using Backup.Iac.Organizations;

namespace Backup.Iac.Validation.Organizations;

/// <summary>The backup policy checks, in one explicit list, and the two ways to run them.</summary>
internal static class PolicyValidation
{
    public static readonly IReadOnlyList<IPolicyValidator> All =
    [
        new PolicyNamesAreValid(), new PolicyRuleCount(), new PolicyRequiredFields(), new PolicyScheduleIsValid(), new PolicyWindows(),
        new PolicyTargetVaults(), new PolicyLifecycles(), new PolicyColdStorageTypes(), new PolicyTagsAreComplete(), new PolicyCopyActions(),
        new PolicyPlaceholders(), new PolicyRegions(), new PolicySelectionsAreComplete(), new PolicyAdvancedSettings(), new PolicyIndexAndScanActions(),
    ];

    /// <summary>A policy on its own (maybe partial): the findings of reading it, then every value it sets.</summary>
    public static IReadOnlyList<PolicyFinding> Document(BackupPolicyDocument document, BackupApp? app = null)
    {
        var check = new PolicyCheck { Document = document, App = app };
        foreach (var validator in All)
        {
            validator.Check(check);
        }

        return [.. document.ReadFindings, .. check.Findings.Items];
    }

    /// <summary>The effective policy of an account: complete, merged.</summary>
    public static IReadOnlyList<PolicyFinding> Effective(BackupPolicyDocument document, string accountId, BackupApp? app = null)
    {
        var check = new PolicyCheck { Document = document, App = app, Effective = true, AccountId = accountId };
        foreach (var validator in All)
        {
            validator.Check(check);
        }

        return check.Findings.Items;
    }
}
