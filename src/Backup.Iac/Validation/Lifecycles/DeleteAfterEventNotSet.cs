using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Lifecycles;

/// <summary>LC-012: <c>DeleteAfterEvent</c> is an output-only API field with no CloudFormation property.</summary>
internal sealed class DeleteAfterEventNotSet : IValidator<LifecycleSubject>
{
    public void Check(LifecycleSubject subject, ValidationContext context)
    {
        if (subject.Lifecycle.DeleteAfterEvent is { } value)
        {
            context.Report(LifecycleConstraints.DeleteAfterEventIsOutputOnly, subject.Rule.Plan, subject.SubPath,
                LifecycleSubject.Property(nameof(Lifecycle.DeleteAfterEvent)), value);
        }
    }
}
