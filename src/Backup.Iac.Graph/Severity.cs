namespace Backup.Iac;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>Worth knowing; nothing to fix.</summary>
    Info,

    /// <summary>Deploys, but is risky, wasteful or will fail at run time.</summary>
    Warning,

    /// <summary>AWS rejects it, or it breaks a documented constraint: synth writes nothing.</summary>
    Error,
}
