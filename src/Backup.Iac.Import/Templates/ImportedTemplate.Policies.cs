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
    internal string? TemplateProperty(Diagnostic d) => !Policies.Contains(d.Path) ? Linter.TemplateProperty(d.Property) : d.Property switch
    {
        null => null,
        "PolicyName" => CfnPolicy.Name,
        "Document" => CfnPolicy.Content,
        "Description" or "Tags" => d.Property,
        var p when p.StartsWith("Tags[", StringComparison.Ordinal) => p,
        var p when p == "Targets" || p.StartsWith("Targets[", StringComparison.Ordinal) => CfnPolicy.TargetIds + p["Targets".Length..],
        var p => "Content." + p,
    };
}
