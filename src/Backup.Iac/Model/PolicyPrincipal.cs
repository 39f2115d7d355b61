namespace Backup.Iac;

/// <summary>A principal of a policy statement.</summary>
/// <param name="Kind">The principal kind: <c>AWS</c>, <c>Service</c> or <c>*</c>.</param>
/// <param name="Value">The principal (an account ID, an ARN, a service name, or <c>*</c>).</param>
public sealed record PolicyPrincipal(string Kind, string Value)
{
    /// <summary>Everyone (<c>"Principal": "*"</c>).</summary>
    public static PolicyPrincipal Anyone { get; } = new("*", "*");

    /// <summary>An AWS account, by its 12-digit ID.</summary>
    /// <param name="accountId">The account ID.</param>
    /// <returns>The principal.</returns>
    public static PolicyPrincipal Account(string accountId) => new("AWS", $"arn:{Aws.Partition}:iam::{accountId}:root");

    /// <summary>An IAM principal by ARN.</summary>
    /// <param name="arn">The ARN of a role, user or account root.</param>
    /// <returns>The principal.</returns>
    public static PolicyPrincipal FromArn(string arn) => new("AWS", arn);

    /// <summary>A service principal, e.g. <c>backup.amazonaws.com</c>.</summary>
    /// <param name="service">The service principal name.</param>
    /// <returns>The principal.</returns>
    public static PolicyPrincipal Service(string service) => new("Service", service);
}
