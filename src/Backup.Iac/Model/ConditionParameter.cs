namespace Backup.Iac;

/// <summary>One tag condition of a selection's <c>Conditions</c>.</summary>
/// <param name="Key">The key, normally <c>aws:ResourceTag/KEY</c>.</param>
/// <param name="Value">The value; a pattern with <c>*</c> in the Like operators.</param>
public sealed record ConditionParameter(string Key, string Value);
