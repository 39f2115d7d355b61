namespace Backup.Iac;

/// <summary>How the values of a <see cref="PolicyValue"/> are written in JSON.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The members name JSON value kinds.")]
public enum PolicyValueKind
{
    /// <summary>JSON strings (the documented form, numbers included: <c>"60"</c>).</summary>
    String,

    /// <summary>JSON numbers (<c>60</c>); read from existing policies, never written by the typed model.</summary>
    Number,

    /// <summary>JSON booleans (<c>false</c>).</summary>
    Boolean,
}
