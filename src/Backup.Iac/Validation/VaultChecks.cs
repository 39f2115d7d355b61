using Backup.Iac.Validation.Vaults;

namespace Backup.Iac.Validation;

/// <summary>Vault checks: name, key, tags, access policy (VPOL) and notifications (NOTIF).</summary>
internal static class VaultChecks
{
    public static readonly IReadOnlyList<IValidator<BackupVault>> All =
    [
        new VaultNameIsValid(),
        new VaultNameIsUnique(),
        new VaultNameHasNoSensitiveData(),
        new VaultNameIsNotDefault(),
        new VaultKeyIsKmsKeyArn(),
        new VaultKeyCoversSelectedTypes(),
        new VaultTagsAreValid(),
        new VaultDeletionIsPossible(),
        new VaultCountIsWithinQuota(),
        new VaultPolicyIsWellFormed(),
        new VaultPolicyActionsAreExplicit(),
        new VaultPolicyIsNotOpenToAnyone(),
        new VaultPolicyLockIsAcknowledged(),
        new VaultPolicyCrossAccountActions(),
        new VaultPolicyDenyCoverage(),
        new VaultPolicyResourceFormats(),
        new NotificationTopicIsUsable(),
        new NotificationEventsAreValid(),
        new NotificationS3EventsHaveS3(),
    ];
}
