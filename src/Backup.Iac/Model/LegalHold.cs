using Backup.Iac.Graph;

namespace Backup.Iac;

/// <summary>A legal hold (<c>AWS::Backup::LegalHold</c>): recovery points that cannot be deleted while the hold is active.</summary>
public sealed class LegalHold : Construct
{
    internal LegalHold(BackupStack stack, string id, LegalHoldProps props)
        : base(stack, id)
    {
        Props = props;
        LogicalId = ResourceLogicalId();
    }

    /// <summary>The properties given at creation.</summary>
    public LegalHoldProps Props { get; }

    /// <summary>The logical ID of the hold resource.</summary>
    public string LogicalId { get; }
}
