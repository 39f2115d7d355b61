using Backup.Iac.Graph;

namespace Backup.Iac;

/// <summary>Deploy-time values of the stack's environment, as string tokens (see <see cref="Token"/>).</summary>
public static class Aws
{
    /// <summary>The stack's account ID.</summary>
    public static string AccountId { get; } = Token.AsString(new PseudoParameterValue(PseudoParameters.AccountId));

    /// <summary>The stack's Region.</summary>
    public static string Region { get; } = Token.AsString(new PseudoParameterValue(PseudoParameters.Region));

    /// <summary>The stack's partition (<c>aws</c>, <c>aws-cn</c>, <c>aws-us-gov</c>, ...).</summary>
    public static string Partition { get; } = Token.AsString(new PseudoParameterValue(PseudoParameters.Partition));
}
