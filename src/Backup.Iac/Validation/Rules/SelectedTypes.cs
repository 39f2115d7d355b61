namespace Backup.Iac.Validation.Rules;

/// <summary>
/// Resources a plan selects explicitly (by an ARN whose service is known, not by <c>*</c> or tags). Warnings about a
/// type that only some resources support use this, so that an open-ended tag selection, whose types are unknown,
/// does not raise them on every plan.
/// </summary>
internal static class SelectedTypes
{
    /// <summary>The first selection that lists a resource of <paramref name="type"/> explicitly, or null.</summary>
    public static BackupSelection? ExplicitlySelecting(BackupPlan plan, string type)
    {
        foreach (var selection in plan.Selections)
        {
            foreach (var resource in selection.Options.Resources)
            {
                if (resource.IntendedType == type)
                {
                    return selection;
                }

                if (resource.Arn is { } text && Arn.TryParse(text) is { } arn && arn.Service != "*" && !Token.IsUnresolved(arn.Service)
                    && ResourceTypeFacts.TypesOfArn(text).Count == 1 && ResourceTypeFacts.TypesOfArn(text).Contains(type))
                {
                    return selection;
                }
            }
        }

        return null;
    }
}
