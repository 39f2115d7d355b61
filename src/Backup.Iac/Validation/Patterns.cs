using System.Text.RegularExpressions;

namespace Backup.Iac.Validation;

/// <summary>The name patterns of the AWS Backup API (BOTO shapes; DG API reference).</summary>
internal static partial class Patterns
{
    /// <summary>Vault names: <c>^[a-zA-Z0-9\-\_]{2,50}$</c> (VAULT-002, RULE-004).</summary>
    [GeneratedRegex(@"^[a-zA-Z0-9\-_]{2,50}$", RegexOptions.CultureInvariant)]
    public static partial Regex VaultName();

    /// <summary>Plan, rule, selection names and advanced-setting strings: <c>^[a-zA-Z0-9\-\_\.]{1,50}$</c>.</summary>
    [GeneratedRegex(@"^[a-zA-Z0-9\-_.]{1,50}$", RegexOptions.CultureInvariant)]
    public static partial Regex BackupName();

    /// <summary>A 12-digit account ID.</summary>
    [GeneratedRegex(@"^[0-9]{12}$", RegexOptions.CultureInvariant)]
    public static partial Regex AccountId();

    /// <summary>Any AWS partition (catalog "ARN shape checks").</summary>
    [GeneratedRegex(@"^aws(-[a-z]+)*$", RegexOptions.CultureInvariant)]
    public static partial Regex Partition();

    /// <summary>A Region name such as <c>eu-west-1</c> or <c>us-gov-west-1</c>.</summary>
    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-[0-9]+$", RegexOptions.CultureInvariant)]
    public static partial Regex Region();
}
