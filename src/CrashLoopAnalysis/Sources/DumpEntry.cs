namespace CrashLoopAnalysis.Sources;

/// <summary>One file of a dump: where it is for the user, where it is inside the dump, and how to read it.</summary>
/// <param name="DisplayPath">The path shown in evidence and warnings (<c>bundle.tar.gz!/path/in/it</c> inside archives).</param>
/// <param name="RelativePath">The path inside the dump with '/' separators, used to recognise layouts.</param>
/// <param name="Length">The size in bytes, or -1 when not known in advance.</param>
/// <param name="Open">Opens the content for reading; the caller disposes the stream.</param>
internal sealed record DumpEntry(string DisplayPath, string RelativePath, long Length, Func<Stream> Open);
