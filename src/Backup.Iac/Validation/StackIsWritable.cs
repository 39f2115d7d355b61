using System.Text.RegularExpressions;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation;

/// <summary>BKP9004, BKP9005: a stack's name is a valid CloudFormation stack name and unique in the app (it names the template file).</summary>
internal sealed partial class StackIsWritable : IValidator<BackupStack>
{
    public void Check(BackupStack stack, ValidationContext context)
    {
        if (!StackNamePattern().IsMatch(stack.StackName))
        {
            context.Report(ToolConstraints.StackName, stack, null, nameof(BackupStack.StackName), stack.StackName);
        }

        var earlier = context.App.Stacks.TakeWhile(s => !ReferenceEquals(s, stack))
            .FirstOrDefault(s => string.Equals(s.StackName, stack.StackName, StringComparison.OrdinalIgnoreCase));
        if (earlier is not null)
        {
            context.Report(ToolConstraints.DuplicateStackName, stack, null, nameof(BackupStack.StackName), stack.StackName, earlier.Path);
        }
    }

    [GeneratedRegex("^[a-zA-Z][-a-zA-Z0-9]{0,127}$", RegexOptions.CultureInvariant)]
    private static partial Regex StackNamePattern();
}
