using Backup.Iac.Validation;

namespace Backup.Iac.Import;

/// <summary>
/// The account and Region a linted template is deployed to, when the user knows them (<c>backup-iac lint --account
/// 111122223333 --region eu-west-1</c>). A template leaves both to deploy time (<c>AWS::AccountId</c>,
/// <c>AWS::Region</c>); given here, the checks that need them (cross-account and cross-Region copies, a Region's
/// features, air-gapped vault targets) run as they do in synth. Unknown by default.
/// </summary>
/// <param name="Account">The 12-digit account ID, or null when unknown.</param>
/// <param name="Region">The Region code (e.g. <c>eu-west-1</c>), or null when unknown.</param>
public sealed record LintEnvironment(string? Account = null, string? Region = null)
{
    /// <summary>Neither account nor Region known: what a template alone shows.</summary>
    public static LintEnvironment Unknown { get; } = new();

    /// <summary>Why an account ID is not one (null when it is): 12 digits.</summary>
    /// <param name="account">The value given.</param>
    /// <returns>The problem, or null.</returns>
    public static string? AccountProblem(string account) =>
        account is not null && Patterns.AccountId().IsMatch(account) ? null : $"'{account}' is not an AWS account ID: use the 12 digits, e.g. 111122223333.";

    /// <summary>Why a Region code is not one (null when it is): e.g. <c>eu-west-1</c>, <c>us-gov-west-1</c>.</summary>
    /// <param name="region">The value given.</param>
    /// <returns>The problem, or null.</returns>
    public static string? RegionProblem(string region) =>
        region is not null && Patterns.Region().IsMatch(region) ? null : $"'{region}' is not an AWS Region code: use one such as eu-west-1 or us-east-1.";
}
