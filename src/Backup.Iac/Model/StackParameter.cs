using Backup.Iac.Graph;

namespace Backup.Iac;

/// <summary>
/// A value given when the stack is deployed (a CloudFormation parameter). Use <see cref="Value"/> wherever a string
/// is expected; validation does not range-check it (AWS checks it at deploy), and the template declares the parameter.
/// </summary>
/// <param name="Name">The parameter's name: letters and digits.</param>
public sealed record StackParameter(string Name)
{
    /// <summary>The parameter type.</summary>
    /// <value>Default: <c>String</c>.</value>
    public string Type { get; init; } = "String";

    /// <summary>The default value.</summary>
    /// <value>Default: none; the value must be given at deploy time.</value>
    public string? Default { get; init; }

    /// <summary>A description shown when deploying.</summary>
    /// <value>Default: none.</value>
    public string? Description { get; init; }

    /// <summary>The parameter's value as a string token.</summary>
    public string Value => Token.AsString(new ParameterValue(new Parameter(Name) { Type = Type, Default = Default, Description = Description }));
}
