using System.Text;
using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Graph;

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

/// <summary>Properties of a <see cref="Framework"/>.</summary>
public sealed record FrameworkProps
{
    /// <summary>The framework's name: 1 to 256 letters, digits and underscores, starting with a letter. Create-only: renaming replaces the framework.</summary>
    /// <value>Default: the construct ID with every other character replaced by <c>_</c> (and <c>F</c> in front when it does not start with a letter).</value>
    public string? FrameworkName { get; init; }

    /// <summary>A description of up to 1,024 characters.</summary>
    /// <value>Default: none.</value>
    public string? Description { get; init; }

    /// <summary>The controls (at least one); build them with <see cref="Backup.Iac.Controls"/>.</summary>
    public required IReadOnlyList<FrameworkControl> Controls { get; init; }

    /// <summary>Tags of the framework.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}

// The stack's factory of Framework, kept with the kind it creates (one model file per kind).
public sealed partial class BackupStack
{
    /// <summary>Adds an AWS Backup Audit Manager framework.</summary>
    /// <param name="id">The construct ID, also the default framework name.</param>
    /// <param name="props">The framework's properties.</param>
    /// <returns>The framework.</returns>
    public Framework AddFramework(string id, FrameworkProps props) => new(this, id, props);
}
