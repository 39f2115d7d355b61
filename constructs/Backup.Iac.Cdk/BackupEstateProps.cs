namespace Backup.Iac.Cdk;

/// <summary>Properties of a <see cref="BackupEstate"/>.</summary>
public sealed record BackupEstateProps
{
    /// <summary>
    /// The Backup.Iac stack to render. Its whole app is validated (once, for all the estates of that app) when the
    /// first estate of the app is created, so build the whole model before creating an estate.
    /// </summary>
    public required BackupStack Stack { get; init; }
}
