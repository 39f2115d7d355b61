using Backup.Iac.Validation.Selections;

namespace Backup.Iac.Validation;

/// <summary>Selection checks (SEL).</summary>
internal static class SelectionChecks
{
    public static readonly IReadOnlyList<IValidator<BackupSelection>> All =
    [
        new SelectionNameIsValid(),
        new SelectionRoleIsValid(),
        new SelectionDefaultRoleCoversS3(),
        new SelectionQuotas(),
        new SelectionTagEntriesAreValid(),
        new SelectionConditionOperators(),
        new SelectionConditionEntries(),
        new SelectionCaseTypos(),
        new SelectionWildcards(),
        new SelectionContradictions(),
        new SelectionScope(),
        new SelectionTagsWidenArns(),
        new SelectionArnShapes(),
        new SelectionRegionOptIn(),
        new SelectionIntendedType(),
        new SelectionFsxOntapTags(),
        new SelectionArnRegion(),
        new SelectionRestoreTestResources(),
        Roles.GeneratedRoleChecks.Instance,
        new CrossResource.TagSelectionSkipsOptedOutTypes(),
        new CrossResource.ClusterNeedsOptIn(),
    ];
}
