namespace CrashLoopAnalysis.Sources.Archives;

/// <summary>An archive went past one of its <see cref="DumpLimits"/>; reading it stops there.</summary>
internal sealed class DumpLimitExceededException : IOException
{
    public DumpLimitExceededException()
    {
    }

    public DumpLimitExceededException(string message)
        : base(message)
    {
    }

    public DumpLimitExceededException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
