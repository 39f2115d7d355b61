namespace Backup.Iac;

/// <summary>The ways a control's scope can choose resources (DG §Controls and remediation L15700-15712).</summary>
[Flags]
public enum ControlScopeKinds
{
    /// <summary>No kind.</summary>
    None = 0,

    /// <summary>Resources with one tag (<see cref="ControlScope.Tagged"/>).</summary>
    Tagged = 1,

    /// <summary>Resources of one or more types (<see cref="ControlScope.ResourceTypes"/>).</summary>
    ResourceTypes = 2,

    /// <summary>One resource (<see cref="ControlScope.Resource"/>).</summary>
    SingleResource = 4,

    /// <summary>Every kind.</summary>
    All = Tagged | ResourceTypes | SingleResource,
}
