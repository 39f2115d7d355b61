namespace Backup.Iac.Validation.Copies;

/// <summary>
/// The resource types a plan's selections name explicitly: by a typed helper (<see cref="BackupResource.IntendedType"/>)
/// or by an ARN's service namespace. Tags, <c>*</c> and wildcard or token services name no type. Checks that would
/// otherwise fire on every tag-based plan (COPY-012) use this instead of <see cref="ValidationContext.Selectable"/>.
/// </summary>
internal static class NamedTypes
{
    public static SortedSet<string> Of(BackupPlan plan)
    {
        var types = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var resource in plan.Selections.SelectMany(s => s.Options.Resources))
        {
            if (resource.Arn is not { } text || Arn.TryParse(text) is not { } arn || arn.Service == "*" || Token.IsUnresolved(arn.Service))
            {
                continue;
            }

            if (resource.IntendedType is { } intended)
            {
                types.Add(intended);
            }
            else
            {
                types.UnionWith(ResourceTypeFacts.TypesOfArn(text));
            }
        }

        return types;
    }
}
