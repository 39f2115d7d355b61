namespace Backup.Iac;

/// <summary>The value-setting operators of AWS Organizations management policies (backup policies among them).</summary>
public enum PolicyOperator
{
    /// <summary><c>@@assign</c>: replaces the inherited value (for a list, the whole list).</summary>
    Assign,

    /// <summary><c>@@append</c>: adds values to an inherited list (multi-valued settings only).</summary>
    Append,

    /// <summary><c>@@remove</c>: removes values from an inherited list (multi-valued settings only).</summary>
    Remove,
}
