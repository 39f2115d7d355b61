namespace Backup.Iac;

/// <summary>One input parameter of a framework control; both parts are strings on the wire (numbers as <c>"35"</c>).</summary>
/// <param name="ParameterName">The name, e.g. <c>requiredRetentionDays</c>.</param>
/// <param name="ParameterValue">The value, e.g. <c>35</c>.</param>
public sealed record ControlInputParameter(string ParameterName, string ParameterValue);
