namespace Backup.Iac;

/// <summary>How a StackSet operation goes through Regions (<c>OperationPreferences.RegionConcurrencyType</c>).</summary>
public enum RegionConcurrency
{
    /// <summary>One Region after the other (<c>SEQUENTIAL</c>).</summary>
    Sequential,

    /// <summary>All Regions at once (<c>PARALLEL</c>).</summary>
    Parallel,
}
