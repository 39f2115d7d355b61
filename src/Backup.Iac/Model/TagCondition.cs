namespace Backup.Iac;

/// <summary>A tag match of <c>ListOfTags</c> (ORed with the other entries and the ARNs of a selection).</summary>
/// <param name="Key">The tag key (or <c>aws:ResourceTag/KEY</c>).</param>
/// <param name="Value">The tag value; matched exactly (case sensitive, <c>*</c> is a literal).</param>
/// <param name="ConditionType">The condition type; only <c>STRINGEQUALS</c>.</param>
public sealed record TagCondition(string Key, string Value, string ConditionType = "STRINGEQUALS");
