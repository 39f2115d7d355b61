using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Selections;

/// <summary>
/// SEL-016, SEL-017: wildcards that cannot work as written. In Resources and NotResources a <c>*</c> in the resource
/// part must be trailing (BOTO; a <c>*</c> for the Region or account is fine, OQ-049); a Like pattern with whitespace
/// never matches; and outside StringLike and StringNotLike a <c>*</c> is a literal character.
/// </summary>
internal sealed class SelectionWildcards : IValidator<BackupSelection>
{
    public void Check(BackupSelection selection, ValidationContext context)
    {
        foreach (var (index, arn) in SelectionFacts.Arns(selection))
        {
            CheckArn(selection, context, nameof(BackupSelectionOptions.Resources), index, arn);
        }

        var not = selection.Options.NotResources;
        for (var i = 0; i < not.Count; i++)
        {
            CheckArn(selection, context, nameof(BackupSelectionOptions.NotResources), i, not[i]);
        }

        foreach (var entry in SelectionFacts.Conditions(selection))
        {
            var value = entry.Condition.Value;
            if (!SelectionFacts.IsKnown(value) || !value.Contains('*', StringComparison.Ordinal))
            {
                continue;
            }

            if (entry.IsLike && value.Any(char.IsWhiteSpace))
            {
                context.Report(SelectionConstraints.WildcardPlacement, selection, null, entry.ValueProperty, entry.Operator + " pattern", value,
                    "'*' matches only non-whitespace characters and never matches a tag value that contains whitespace, but this pattern contains whitespace",
                    "Remove the whitespace, or match the exact value with StringEquals");
            }
            else if (!entry.IsLike)
            {
                var like = entry.Operator == SelectionFacts.StringEquals ? SelectionFacts.StringLike : SelectionFacts.StringNotLike;
                context.Report(SelectionConstraints.LiteralStar, selection, null, entry.ValueProperty, entry.Operator, value, like);
            }
        }

        foreach (var entry in SelectionFacts.Tags(selection))
        {
            var value = entry.Tag.Value;
            if (SelectionFacts.IsKnown(value) && value.Contains('*', StringComparison.Ordinal))
            {
                context.Report(SelectionConstraints.LiteralStar, selection, null, entry.Property.Then(nameof(TagCondition.Value)), "tag entry (ListOfTags)", value, "a StringLike condition");
            }
        }
    }

    private static void CheckArn(BackupSelection selection, ValidationContext context, string list, int index, string? arn)
    {
        if (arn is null || SelectionFacts.ArnParts(arn) is not { Length: 6 } parts || !SelectionFacts.IsKnown(parts[5]))
        {
            return;
        }

        var resource = parts[5];
        var star = resource.IndexOf('*', StringComparison.Ordinal);
        if (star >= 0 && star < resource.Length - 1)
        {
            context.Report(SelectionConstraints.WildcardPlacement, selection, null, PropertyPath.Of(list).Index(index), list + " ARN", SelectionFacts.Display(arn),
                "a '*' in the resource part must be trailing (a prefix pattern such as arn:aws:s3:::my-bucket-*); a leading or middle '*' is not supported",
                "Move the '*' to the end, list the resources one by one, or select by tag");
        }
    }
}
