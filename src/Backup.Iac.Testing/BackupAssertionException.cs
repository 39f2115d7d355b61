namespace Backup.Iac.Testing;

/// <summary>
/// A failed Backup.Iac assertion. The message is the whole story (what was expected, what was found, the closest
/// candidate and the difference), so any test framework (xunit, NUnit, MSTest) reports it as it is.
/// </summary>
public sealed class BackupAssertionException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public BackupAssertionException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was expected and what was found.</param>
    public BackupAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with an inner exception.</summary>
    /// <param name="message">What was expected and what was found.</param>
    /// <param name="innerException">The cause.</param>
    public BackupAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
