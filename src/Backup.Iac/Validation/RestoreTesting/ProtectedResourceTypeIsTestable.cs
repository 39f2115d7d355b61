using Backup.Iac.Catalog;
using Backup.Iac.Validation.Indexes;

namespace Backup.Iac.Validation.RestoreTesting;

/// <summary>
/// RTS-003: ProtectedResourceType is present and one of the ten restore-testable types. As in the other resource-type
/// fields, a value that breaks the API pattern is RT-002 and a value that names no resource type is RT-001, so each bad
/// value gets one diagnostic; RTS-003 reports the documented types that restore testing does not support. The seed's
/// <c>FSX</c> is accepted as <c>FSx</c> (OQ-023).
/// </summary>
internal sealed class ProtectedResourceTypeIsTestable : IValidator<RestoreTestingSelection>
{
    private const string Property = nameof(RestoreTestingSelectionOptions.ProtectedResourceType);

    public void Check(RestoreTestingSelection selection, ValidationContext context)
    {
        var type = selection.Options.ProtectedResourceType;
        if (type is null || type.Trim().Length == 0)
        {
            context.Report(RestoreTestingConstraints.ProtectedResourceType, selection, null, Property, "empty",
                "Set it to the type of the resources to test, e.g. EC2");
            return;
        }

        var allowed = RestoreTestingFacts.TestableTypes;
        switch (ResourceTypeStrings.Classify(type))
        {
            case ResourceTypeStringKind.Malformed:
                context.Report(IndexConstraints.ResourceTypePattern, selection, null, Property,
                    Property, type, ResourceTypeStrings.WhyMalformed(type), ResourceTypeStrings.Describe(allowed));
                break;
            case ResourceTypeStringKind.Undocumented:
                context.Report(IndexConstraints.ResourceTypeDocumented, selection, null, Property,
                    Property, type, ResourceTypeStrings.Suggestion(type, allowed), ResourceTypeStrings.Describe(allowed));
                break;
            case ResourceTypeStringKind.Documented when RestoreTestingFacts.TypeOf(selection) is null:
                context.Report(RestoreTestingConstraints.ProtectedResourceType, selection, null, Property, $"'{type}'",
                    $"{type} is not restore-testable; test its restores another way, or remove the selection");
                break;
        }
    }
}
