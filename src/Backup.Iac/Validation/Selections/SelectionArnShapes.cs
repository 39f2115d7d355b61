using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Selections;

/// <summary>
/// SEL-021: entries of Resources and NotResources are <c>*</c> or ARNs (any AWS partition) whose service namespace
/// belongs to a supported type; EC2 ARNs name instances or volumes. Parts that hold deploy-time values, and wildcard
/// parts, are not checked.
/// </summary>
internal sealed class SelectionArnShapes : IValidator<BackupSelection>
{
    private static readonly string[] Ec2Types = ["instance/", "volume/"];

    public void Check(BackupSelection selection, ValidationContext context)
    {
        foreach (var (index, arn) in SelectionFacts.Arns(selection))
        {
            Check(selection, context, nameof(BackupSelectionOptions.Resources), index, arn);
        }

        var not = selection.Options.NotResources;
        for (var i = 0; i < not.Count; i++)
        {
            Check(selection, context, nameof(BackupSelectionOptions.NotResources), i, not[i] ?? "");
        }
    }

    private static void Check(BackupSelection selection, ValidationContext context, string list, int index, string entry)
    {
        if (Problem(entry) is { } problem)
        {
            context.Report(SelectionConstraints.ArnShape, selection, null, PropertyPath.Of(list).Index(index), list, SelectionFacts.Display(entry), problem);
        }
    }

    private static string? Problem(string entry)
    {
        if (entry == "*")
        {
            return null;
        }

        var parts = SelectionFacts.ArnParts(entry);
        if (parts is null)
        {
            return Token.IsUnresolved(entry) ? null : "is neither '*' nor an ARN";
        }

        if (parts.Length < 3 || parts[2].Length == 0)
        {
            return "has no service namespace";
        }

        var (partition, service) = (parts[1], parts[2]);
        if (Known(partition) && !Patterns.Partition().IsMatch(partition))
        {
            return $"has the partition '{partition}', which is not an AWS partition";
        }

        if (Known(service) && !ResourceTypeFacts.Namespaces.Contains(service))
        {
            return $"has the service namespace '{service}', which no supported resource type uses";
        }

        if (service == "ec2" && parts.Length == 6 && SelectionFacts.IsKnown(parts[5]) && !IsInstanceOrVolume(parts[5]))
        {
            return $"is an EC2 ARN of '{parts[5]}', not of an instance or a volume";
        }

        return null;
    }

    private static bool Known(string part) => SelectionFacts.IsKnown(part) && !part.Contains('*', StringComparison.Ordinal);

    private static bool IsInstanceOrVolume(string resource)
    {
        var star = resource.IndexOf('*', StringComparison.Ordinal);
        var prefix = star < 0 ? resource : resource[..star];
        return Ec2Types.Any(t => prefix.StartsWith(t, StringComparison.Ordinal) || (star >= 0 && t.StartsWith(prefix, StringComparison.Ordinal)));
    }
}
