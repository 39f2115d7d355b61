namespace Backup.Iac.Validation;

/// <summary>Checks one kind of model element and reports diagnostics; never throws for a user mistake, never mutates.</summary>
/// <typeparam name="T">The element: a construct or a subject such as <see cref="RuleSubject"/>.</typeparam>
internal interface IValidator<in T>
{
    void Check(T subject, ValidationContext context);
}
