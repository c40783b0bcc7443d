namespace CrashLoopAnalysis.Testing;

/// <summary>Thrown when a diagnosis does not hold the finding a test expects; the message lists what it holds instead.</summary>
public sealed class FindingAssertionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FindingAssertionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was expected and what was found.</param>
    public FindingAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What was expected and what was found.</param>
    /// <param name="innerException">The cause.</param>
    public FindingAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
