using System.Globalization;

namespace Backup.Iac;

/// <summary>
/// One control of a framework: a control name, its input parameters and an optional scope. Build it with
/// <see cref="Controls"/> (typed parameters), or with <see cref="Custom"/> from a name and raw parameters, which
/// validation checks against <see cref="ControlCatalog"/>. Vary the scope with <c>with { Scope = ... }</c>.
/// </summary>
public sealed record FrameworkControl
{
    private FrameworkControl(string controlName, IReadOnlyList<ControlInputParameter> parameters)
    {
        ControlName = controlName;
        Parameters = parameters;
    }

    /// <summary>The control's name, e.g. <c>BACKUP_RECOVERY_POINT_ENCRYPTED</c>.</summary>
    public string ControlName { get; }

    /// <summary>The input parameters, in the order given; absent parameters take AWS's defaults.</summary>
    public IReadOnlyList<ControlInputParameter> Parameters { get; }

    /// <summary>What the control evaluates.</summary>
    /// <value>Default: every applicable resource of the framework's account and Region.</value>
    public ControlScope? Scope { get; init; }

    /// <summary>The documented control with this name, or null for an unknown name.</summary>
    public ControlDefinition? Definition => ControlCatalog.Find(ControlName);

    /// <summary>The value of a parameter, or null when it is not given.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The value, or null.</returns>
    public string? Parameter(string name) => Parameters.FirstOrDefault(p => p.ParameterName == name)?.ParameterValue;

    /// <summary>A control from its name and raw parameters (validated against <see cref="ControlCatalog"/> at synth time).</summary>
    /// <param name="controlName">The control name.</param>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The control.</returns>
    public static FrameworkControl Custom(string controlName, params IReadOnlyList<ControlInputParameter> parameters) => new(controlName, parameters);

    /// <summary>A control of the catalog with the parameters that are set (null values are left out).</summary>
    internal static FrameworkControl Of(ControlDefinition definition, params (string Name, string? Value)[] parameters) =>
        new(definition.Name, [.. parameters.Where(p => p.Value is not null).Select(p => new ControlInputParameter(p.Name, p.Value ?? ""))]);

    /// <summary>A duration as a whole number of days, or as a decimal when it is not whole (validation reports that).</summary>
    internal static string? DaysText(Duration? duration) => duration is not { } d ? null
        : d.UnresolvedToken is { } token ? token
        : d.IsWholeDays ? d.TotalDays.ToString(CultureInfo.InvariantCulture)
        : (d.TotalMinutes / 1440.0).ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>
    /// A duration as <c>(hours, N)</c> up to 24 whole hours (as the documentation's templates write a day), else
    /// <c>(days, N)</c> when whole days, else <c>(hours, N)</c> (a decimal when not whole hours; validation reports that).
    /// </summary>
    internal static (string? Unit, string? Value) UnitAndValue(Duration? duration) => duration switch
    {
        null => (null, null),
        { UnresolvedToken: { } token } => ("days", token),
        { } d when d.TotalMinutes % 60 == 0 && d.TotalHours <= 24 => ("hours", d.TotalHours.ToString(CultureInfo.InvariantCulture)),
        { IsWholeDays: true } d => ("days", d.TotalDays.ToString(CultureInfo.InvariantCulture)),
        { } d when d.TotalMinutes % 60 == 0 => ("hours", d.TotalHours.ToString(CultureInfo.InvariantCulture)),
        { } d => ("hours", (d.TotalMinutes / 60.0).ToString("0.####", CultureInfo.InvariantCulture)),
    };
}
