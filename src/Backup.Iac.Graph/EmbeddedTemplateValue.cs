namespace Backup.Iac.Graph;

/// <summary>
/// A whole stack template held as a property value: the member template of a CloudFormation StackSet
/// (<c>TemplateBody</c>). Emitters write it as the JSON text of the template, in CloudFormation syntax, or, when
/// the text is too long for an inline body, as a URL parameter (see the CloudFormation emitter's
/// <c>StackSetTemplates</c>).
/// </summary>
/// <param name="Template">The member stack's graph; its references are relative to it, not to the graph holding this value.</param>
public sealed record EmbeddedTemplateValue(ResourceGraph Template) : Value
{
    /// <inheritdoc />
    public bool Equals(EmbeddedTemplateValue? other) =>
        other is not null && Template.StackName == other.Template.StackName && Template.Resources.SequenceEqual(other.Template.Resources)
        && Template.Parameters.SequenceEqual(other.Template.Parameters) && Template.Description == other.Template.Description;

    /// <inheritdoc />
    public override int GetHashCode() => Template.Resources.Length;
}
