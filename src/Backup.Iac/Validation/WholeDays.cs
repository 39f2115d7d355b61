using Backup.Iac.Catalog;

namespace Backup.Iac.Validation;

/// <summary>BKP9001: values that AWS takes in days (lifecycles, lock bounds) must be whole days.</summary>
internal sealed class WholeDays : IValidator<LifecycleSubject>, IValidator<BackupVault>
{
    public void Check(LifecycleSubject subject, ValidationContext context)
    {
        Check(subject.Lifecycle.DeleteAfter, PropertyPath.Of(nameof(BackupPlanRule.Lifecycle), nameof(Lifecycle.DeleteAfter)), subject.Rule.Plan, subject.SubPath, context);
        Check(subject.Lifecycle.MoveToColdStorageAfter, PropertyPath.Of(nameof(BackupPlanRule.Lifecycle), nameof(Lifecycle.MoveToColdStorageAfter)), subject.Rule.Plan, subject.SubPath, context);
    }

    public void Check(BackupVault vault, ValidationContext context)
    {
        if (vault.Props.Lock is not { } vaultLock)
        {
            return;
        }

        Check(vaultLock.MinRetention, PropertyPath.Of(nameof(BackupVaultProps.Lock), nameof(VaultLock.MinRetention)), vault, null, context);
        Check(vaultLock.MaxRetention, PropertyPath.Of(nameof(BackupVaultProps.Lock), nameof(VaultLock.MaxRetention)), vault, null, context);
        Check(vaultLock.ChangeableFor, PropertyPath.Of(nameof(BackupVaultProps.Lock), nameof(VaultLock.ChangeableFor)), vault, null, context);
    }

    private static void Check(Duration? value, string property, Construct owner, string? subPath, ValidationContext context)
    {
        if (value is { IsWholeDays: false } v)
        {
            context.Report(ToolConstraints.WholeDays, owner, subPath, property, property, v);
        }
    }
}
