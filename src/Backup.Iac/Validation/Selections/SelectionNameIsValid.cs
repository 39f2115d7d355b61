using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Selections;

/// <summary>SEL-002: the selection name (given, or the construct ID) matches the API pattern.</summary>
internal sealed class SelectionNameIsValid : IValidator<BackupSelection>
{
    public void Check(BackupSelection selection, ValidationContext context)
    {
        var name = Token.WithEnvironment(selection.SelectionName, selection.Stack);
        if (Token.IsUnresolved(name) || Patterns.BackupName().IsMatch(name))
        {
            return;
        }

        var source = selection.Options.SelectionName is null ? " (taken from the construct ID)" : "";
        var bad = name.FirstOrDefault(c => !char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'));
        var why = name.Length is < 1 or > 50 ? $"{name.Length} characters" : $"it contains '{bad}'";
        context.Report(SelectionConstraints.NamePattern, selection, null, nameof(BackupSelectionOptions.SelectionName), name, source, why);
    }
}
