namespace Backup.Iac;

/// <summary>
/// One AWS Backup Audit Manager control as the documentation lists it: its identifier, parameters, the scopes it
/// accepts, what AWS Config must record for it and when AWS evaluates it (governance catalog §4.1).
/// </summary>
/// <param name="Name">The <c>ControlName</c>, e.g. <c>BACKUP_RECOVERY_POINT_ENCRYPTED</c>.</param>
/// <param name="Code">The short code the catalog uses (<c>BP</c>, <c>FREQ</c>, <c>DEL</c>, ...).</param>
/// <param name="ConsoleName">The name the console shows.</param>
/// <param name="Evaluates">What the control evaluates, e.g. <c>backup plans</c>.</param>
public sealed record ControlDefinition(string Name, string Code, string ConsoleName, string Evaluates)
{
    /// <summary>The input parameters (empty when the control takes none).</summary>
    public IReadOnlyList<ControlParameterDefinition> Parameters { get; init; } = [];

    /// <summary>The scope kinds the documentation lists for the control.</summary>
    public ControlScopeKinds AllowedScopes { get; init; } = ControlScopeKinds.All;

    /// <summary>The AWS Config resource type that must be recorded for the control, or null when none is listed.</summary>
    public string? RecordedType { get; init; }

    /// <summary>When AWS evaluates the control: <c>every 24 hours</c> or <c>on configuration changes</c>.</summary>
    public string Schedule { get; init; } = "every 24 hours";

    /// <summary>Where the documentation describes the control.</summary>
    public string Source { get; init; } = "";

    /// <summary>The parameter with a name, or null.</summary>
    /// <param name="name">The parameter name (exact spelling).</param>
    /// <returns>The parameter, or null.</returns>
    public ControlParameterDefinition? Parameter(string name) => Parameters.FirstOrDefault(p => p.Name == name);
}
