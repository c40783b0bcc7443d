namespace CrashLoopAnalysis.Sources;

/// <summary>One file of a dump: where it is for the user, where it is inside the dump, and how to read it.</summary>
/// <param name="DisplayPath">The path shown in evidence and warnings (<c>bundle.tar.gz!/path/in/it</c> inside archives).</param>
/// <param name="RelativePath">The path inside the dump with '/' separators, used to recognise layouts.</param>
/// <param name="Length">The size in bytes, or -1 when not known in advance.</param>
/// <param name="Open">Opens the content for reading; the caller disposes the stream.</param>
/// <param name="Sequential">True when <paramref name="Open"/> is valid only until the walk moves to the next
/// entry (entries of a compressed archive read as one stream); such entries must be read, or copied, at once.</param>
internal sealed record DumpEntry(string DisplayPath, string RelativePath, long Length, Func<Stream> Open, bool Sequential = false);
