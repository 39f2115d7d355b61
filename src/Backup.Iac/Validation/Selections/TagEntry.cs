namespace Backup.Iac.Validation.Selections;

/// <summary>One tag entry of a selection's <c>Resources</c> (written as <c>ListOfTags</c>), with its position in <c>Resources</c>.</summary>
internal sealed record TagEntry(int Index, TagCondition Tag)
{
    /// <summary>The property path of the entry, e.g. <c>Resources[2].Tag</c>.</summary>
    public PropertyPath Property => PropertyPath.Of(nameof(BackupSelectionOptions.Resources)).Index(Index).Then(nameof(BackupResource.Tag));
}
