using Backup.Iac.Catalog;
using Backup.Iac.Graph.CloudFormation;

namespace Backup.Iac.Validation.Facts;

/// <summary>
/// CTRL-ENC-03: a framework of the app, in the selection's account and Region, checks that recovery points are
/// encrypted (BACKUP_RECOVERY_POINT_ENCRYPTED), and the selection names an RDS DB instance of the app whose storage is
/// not encrypted. RDS is not fully managed by AWS Backup: its snapshots take their encryption from the instance, not
/// from the vault's key, so they are not compliant (warning). An instance restored from a snapshot or another instance,
/// or of an Aurora cluster, takes its encryption from elsewhere and is not judged.
/// </summary>
internal sealed class UnencryptedSourceUnderEncryptionControl : IValidator<BackupSelection>
{
    private const string Control = "BACKUP_RECOVERY_POINT_ENCRYPTED";
    private static readonly string[] EncryptedElsewhere = [CfnDBInstance.DBSnapshotIdentifier, CfnDBInstance.SourceDBInstanceIdentifier, CfnDBInstance.DBClusterIdentifier, CfnDBInstance.SourceDBInstanceAutomatedBackupsArn, CfnDBInstance.DBClusterSnapshotIdentifier];

    public void Check(BackupSelection selection, ValidationContext context)
    {
        var framework = context.Facts.All<Framework>().FirstOrDefault(f =>
            f.Stack.Environment.Same(selection.Stack.Environment) && f.Controls.Any(c => c.ControlName == Control));
        if (framework is null)
        {
            return;
        }

        foreach (var (index, db, reach) in SelectedResources.Named(selection, context, ResourceFacts.DbInstance))
        {
            if (reach != Reach.Named || EncryptedElsewhere.Any(p => FactValues.Has(db.Properties, p)) || FactValues.Has(db.Properties, CfnDBInstance.KmsKeyId))
            {
                continue;
            }

            var encrypted = FactValues.Has(db.Properties, CfnDBInstance.StorageEncrypted) ? FactValues.Flag(FactValues.Get(db.Properties, CfnDBInstance.StorageEncrypted)) : false;
            if (encrypted == false)
            {
                var name = FactValues.Text(FactValues.Get(db.Properties, CfnDBInstance.DBInstanceIdentifier)) ?? db.Id;
                context.Report(ResourceFactConstraints.UnencryptedSourceUnderEncryptionControl, selection, null, PropertyPath.Of(nameof(BackupSelectionOptions.Resources)).Index(index),
                    $"the DB instance '{name}'", CfnDBInstance.StorageEncrypted, framework.FrameworkName);
            }
        }
    }
}
