namespace CrashLoopAnalysis.Sources;

/// <summary>A path given by the user: a file, a folder, or <c>-</c> for standard input.</summary>
internal static class PathInput
{
    public static DumpInput Create(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path == "-")
        {
            return new StreamInput(Console.OpenStandardInput(), "-");
        }

        return Directory.Exists(path) ? new FolderInput(path) : new FileInput(path);
    }
}
