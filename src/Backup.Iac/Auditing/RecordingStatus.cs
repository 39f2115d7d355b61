namespace Backup.Iac;

/// <summary>
/// The framework status AWS will show, predicted from the declared resource tracking (PRE-004): ACTIVE when AWS Config
/// records every type the controls evaluate, PARTIALLY_ACTIVE when it misses some, INACTIVE when it records none.
/// </summary>
public enum RecordingStatus
{
    /// <summary>No resource tracking is declared in the framework's account and Region, so the status cannot be predicted.</summary>
    Unknown,

    /// <summary>Every evaluated type is recorded.</summary>
    Active,

    /// <summary>At least one evaluated type is not recorded.</summary>
    PartiallyActive,

    /// <summary>No evaluated type is recorded.</summary>
    Inactive,
}
