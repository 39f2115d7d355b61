using Backup.Iac.Graph.CloudFormation;

namespace Backup.Iac.Import;

/// <summary>The backup policies of a template, and the template's names of their properties.</summary>
public sealed partial record ImportedTemplate
{
    /// <summary>The construct paths of the backup policies read as <see cref="BackupPolicy"/> constructs.</summary>
    internal IReadOnlySet<string> Policies { get; init; } = new HashSet<string>();

    /// <summary>
    /// A diagnostic's property as the template names it: on a backup policy, the construct's <c>PolicyName</c>,
    /// <c>Targets</c> and <c>Document</c> are <c>Name</c>, <c>TargetIds</c> and <c>Content</c>, and a JSON path of the
    /// document is below <c>Content</c>; on any other construct, the model's names in the template's terms
    /// (<see cref="Linter.TemplateProperty(string?)"/>).
    /// </summary>
    internal string? TemplateProperty(Diagnostic d) => Recorders.Contains(d.Path) ? RecorderProperty(d.Property) : !Policies.Contains(d.Path) ? Linter.TemplateProperty(d.Property) : d.Property switch
    {
        null => null,
        "PolicyName" => CfnPolicy.Name,
        "Document" => CfnPolicy.Content,
        "Description" or "Tags" => d.Property,
        var p when p.StartsWith("Tags[", StringComparison.Ordinal) => p,
        var p when p == "Targets" || p.StartsWith("Targets[", StringComparison.Ordinal) => CfnPolicy.TargetIds + p["Targets".Length..],
        var p => "Content." + p,
    };

    /// <summary>The construct paths of the AWS Config recorders read as resource tracking (facts only, not written by convert).</summary>
    internal IReadOnlySet<string> Recorders { get; init; } = new HashSet<string>();

    /// <summary>A resource tracking property as a recorder names it: <c>ResourceTypes</c> is <c>RecordingGroup.ResourceTypes</c>; the delivery bucket is another resource's (the recorder itself).</summary>
    private static string? RecorderProperty(string? property) => property switch
    {
        nameof(ResourceTrackingProps.ResourceTypes) => CfnConfigurationRecorder.RecordingGroup + "." + CfnConfigurationRecorder.RecordingGroupProperty.ResourceTypes,
        _ => null,
    };
}
