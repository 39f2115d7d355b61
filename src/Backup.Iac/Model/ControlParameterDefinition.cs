namespace Backup.Iac;

/// <summary>How a control parameter's value is written (always a string on the wire).</summary>
public enum ControlParameterType
{
    /// <summary>A whole number written as a string, e.g. <c>'35'</c>.</summary>
    WholeNumber,

    /// <summary>One of a few words, e.g. <c>hours</c> or <c>days</c>.</summary>
    Choice,

    /// <summary>A comma-separated list, e.g. of IAM role ARNs or Region codes.</summary>
    List,
}

/// <summary>One input parameter of an AWS Backup Audit Manager control, as the documentation lists it.</summary>
/// <param name="Name">The <c>ParameterName</c>, e.g. <c>requiredRetentionDays</c>.</param>
/// <param name="Type">How the value is written.</param>
/// <param name="Description">What the value means, with its unit and range.</param>
public sealed record ControlParameterDefinition(string Name, ControlParameterType Type, string Description)
{
    /// <summary>The allowed words of a <see cref="ControlParameterType.Choice"/>.</summary>
    /// <value>Default: any value of the type.</value>
    public IReadOnlyList<string> AllowedValues { get; init; } = [];

    /// <summary>The smallest value of an <see cref="ControlParameterType.WholeNumber"/>.</summary>
    /// <value>Default: no lower bound.</value>
    public long? Minimum { get; init; }

    /// <summary>The largest value of an <see cref="ControlParameterType.WholeNumber"/> (when it does not depend on another parameter).</summary>
    /// <value>Default: no upper bound, or one that depends on the unit parameter.</value>
    public long? Maximum { get; init; }

    /// <summary>The most items of a <see cref="ControlParameterType.List"/>.</summary>
    /// <value>Default: no documented limit.</value>
    public int? MaxItems { get; init; }

    /// <summary>The value AWS uses when the parameter is absent.</summary>
    /// <value>Default: none documented.</value>
    public string? Default { get; init; }

    /// <summary>Whether the parameter must be given (no documented parameter is: each has a default or is optional).</summary>
    public bool Required { get; init; }
}
