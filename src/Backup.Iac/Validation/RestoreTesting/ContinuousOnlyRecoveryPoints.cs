using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.RestoreTesting;

/// <summary>
/// XR-019: a plan that tests only CONTINUOUS recovery points finds none for a type without continuous backups (EBS, EC2,
/// EFS, FSx, DynamoDB, DocumentDB, Neptune; catalog table 1.2), so that selection tests nothing.
/// </summary>
internal sealed class ContinuousOnlyRecoveryPoints : IValidator<RestoreTestingSelection>
{
    public void Check(RestoreTestingSelection selection, ValidationContext context)
    {
        if (RestoreTestingFacts.TypeOf(selection) is not { } type
            || selection.Plan.Props.RecoveryPointSelection?.RecoveryPointTypes is not { Count: > 0 } types
            || !types.All(t => t == RestoreTestingFacts.Continuous)
            || !ResourceTypeFacts.Features.TryGetValue(type, out var features) || features.Continuous)
        {
            return;
        }

        context.Report(RestoreTestingConstraints.ContinuousOnlyType, selection, null, null, type);
    }
}
