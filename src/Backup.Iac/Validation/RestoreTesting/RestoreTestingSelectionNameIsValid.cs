using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.RestoreTesting;

/// <summary>
/// RTS-002: the selection's name is present, 1 to 50 letters, digits or <c>_</c> (it defaults to the construct ID), and
/// unique within its plan (reported on the later selection).
/// </summary>
internal sealed class RestoreTestingSelectionNameIsValid : IValidator<RestoreTestingSelection>
{
    public void Check(RestoreTestingSelection selection, ValidationContext context)
    {
        const string Property = nameof(RestoreTestingSelectionOptions.RestoreTestingSelectionName);
        var name = selection.RestoreTestingSelectionName;
        if (Token.IsUnresolved(name))
        {
            return;
        }

        if (name.Length == 0)
        {
            context.Report(RestoreTestingConstraints.SelectionName, selection, null, Property, "is empty",
                "Set it to 1 to 50 letters, digits or '_', or leave it unset to use the construct ID");
            return;
        }

        if (RestoreTestingFacts.NameProblem(name) is { } problem)
        {
            var fix = RestoreTestingFacts.SuggestName(name) is { } suggestion ? $"Set RestoreTestingSelectionName to '{suggestion}'" : "Rename the selection";
            if (selection.Options.RestoreTestingSelectionName is null)
            {
                fix = "The name defaults to the construct ID. " + fix;
            }

            context.Report(RestoreTestingConstraints.SelectionName, selection, null, Property, $"'{name}' {problem}", fix);
        }

        foreach (var other in selection.Plan.Selections)
        {
            if (ReferenceEquals(other, selection))
            {
                return;
            }

            if (string.Equals(other.RestoreTestingSelectionName, name, StringComparison.Ordinal))
            {
                context.Report(RestoreTestingConstraints.SelectionNameUnique, selection, null, Property, name, other.Id);
                return;
            }
        }
    }
}
