namespace Backup.Iac;

/// <summary>What the static audit predicts for a control, a resource or a framework.</summary>
public enum ComplianceStatus
{
    /// <summary>The estate as written complies.</summary>
    Compliant,

    /// <summary>The estate as written would be non-compliant once deployed.</summary>
    NonCompliant,

    /// <summary>Only AWS can judge it, at run time (jobs that succeed, restore times, resources that exist).</summary>
    RunTimeOnly,

    /// <summary>Nothing of the estate is in the control's scope; AWS reports "Insufficient data", not compliant (PRE-009).</summary>
    InsufficientData,
}
