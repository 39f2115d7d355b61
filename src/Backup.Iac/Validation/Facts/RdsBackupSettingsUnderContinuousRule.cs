using Backup.Iac.Catalog;
using Backup.Iac.Graph.CloudFormation;

namespace Backup.Iac.Validation.Facts;

/// <summary>
/// XR-025: a DB instance of the app that sets its own automated-backup retention or window, and that a selection of a
/// plan with a continuous rule can select: AWS Backup then owns those settings (warning). Instances of an Aurora
/// cluster (with <c>DBClusterIdentifier</c>) keep their backup settings on the cluster and are left out; a setting
/// given by an <c>Fn::If</c> of a linted template may be left out at deploy time and is not judged.
/// </summary>
internal sealed class RdsBackupSettingsUnderContinuousRule : IValidator<BackupSelection>
{
    private static readonly string[] Settings = [CfnDBInstance.BackupRetentionPeriod, CfnDBInstance.PreferredBackupWindow];

    public void Check(BackupSelection selection, ValidationContext context)
    {
        var plan = selection.Plan;
        var continuous = Enumerable.Range(0, plan.Rules.Count).FirstOrDefault(i => plan.Rules[i].EnableContinuousBackup, -1);
        if (continuous < 0)
        {
            return;
        }

        foreach (var db in context.Facts.Resources.OfType(ResourceFacts.DbInstance))
        {
            var set = Settings.Where(s => FactValues.Has(db.Properties, s) && !FactValues.MayBeAbsent(FactValues.Get(db.Properties, s))).ToList();
            if (set.Count == 0 || FactValues.Has(db.Properties, CfnDBInstance.DBClusterIdentifier))
            {
                continue;
            }

            var (reach, _) = SelectedResources.Reaches(selection, context, db, "rds");
            if (reach == Reach.None)
            {
                continue;
            }

            var named = SelectedResources.Named(selection, context, ResourceFacts.DbInstance).Where(n => n.Resource == db).Select(n => (int?)n.Index).FirstOrDefault();
            var name = FactValues.Text(FactValues.Get(db.Properties, CfnDBInstance.DBInstanceIdentifier)) ?? db.Id;
            context.Report(ResourceFactConstraints.RdsBackupSettingsUnderContinuousRule, selection, null, named is { } i ? PropertyPath.Of(nameof(BackupSelectionOptions.Resources)).Index(i) : nameof(BackupSelectionOptions.Resources),
                name, string.Join(" and ", set), plan.RuleNameAt(continuous));
        }
    }
}
