namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>A run of line indexes, <see cref="Start"/> included and <see cref="End"/> excluded.</summary>
internal readonly record struct LineRange(int Start, int End)
{
    public bool IsEmpty => End <= Start;
}
