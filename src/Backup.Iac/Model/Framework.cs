using System.Text;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;

namespace Backup.Iac;

/// <summary>
/// An AWS Backup Audit Manager framework (<c>AWS::Backup::Framework</c>): controls that AWS evaluates daily (or on
/// configuration changes) against the backup resources of the framework's own account and Region.
/// </summary>
public sealed class Framework : Construct, IFramework
{
    internal Framework(BackupStack stack, string id, FrameworkProps props)
        : base(stack, id)
    {
        Props = props;
        LogicalId = ResourceLogicalId();
        FrameworkName = props.FrameworkName ?? NameFromId(id, 'F');
        FrameworkArn = Token.AsString(new AttributeValue(LogicalId, CfnFramework.FrameworkArn));
    }

    /// <summary>The properties given at creation.</summary>
    public FrameworkProps Props { get; }

    /// <summary>The logical ID of the framework resource.</summary>
    public string LogicalId { get; }

    /// <summary>The framework's name (given, or made from the construct ID).</summary>
    public string FrameworkName { get; }

    /// <summary>The framework's ARN, a deploy-time value (AWS adds a unique suffix to the name).</summary>
    public string FrameworkArn { get; }

    /// <summary>The controls.</summary>
    public IReadOnlyList<FrameworkControl> Controls => Props.Controls;

    /// <summary>A framework deployed elsewhere, by ARN (<c>arn:aws:backup:REGION:ACCOUNT:framework:NAME-UUID</c>).</summary>
    /// <param name="arn">The framework's ARN.</param>
    /// <returns>The framework reference.</returns>
    public static IFramework FromArn(string arn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(arn);
        return new FrameworkReference(arn);
    }

    /// <summary>A name of letters, digits and underscores that starts with a letter, made from a construct ID (FW-002, RPT-002).</summary>
    internal static string NameFromId(string id, char prefix)
    {
        var name = new StringBuilder(id.Length + 1);
        foreach (var c in id)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }

        if (name.Length == 0 || !char.IsAsciiLetter(name[0]))
        {
            name.Insert(0, prefix);
        }

        return name.Length > 256 ? name.ToString(0, 256) : name.ToString();
    }

    private sealed record FrameworkReference(string FrameworkArn) : IFramework;
}
