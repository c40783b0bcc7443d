using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis.Cli.Commands;

/// <summary>Turns the PATH arguments into a source, refusing paths that do not exist.</summary>
internal static class Inputs
{
    public static DumpSource Open(string[]? paths)
    {
        if (paths is null || paths.Length == 0)
        {
            return EmbeddedSample.Open();
        }

        foreach (var path in paths)
        {
            if (path != "-" && !File.Exists(path) && !Directory.Exists(path))
            {
                throw new UsageException($"no such file or folder: {path}");
            }
        }

        return DumpSource.FromPaths(paths);
    }

    /// <summary>Opens the output: the file named by --output, or standard output.</summary>
    public static TextWriter OpenOutput(string? output)
    {
        if (output is null)
        {
            return new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { NewLine = "\n", AutoFlush = false };
        }

        var full = Path.GetFullPath(output);
        if (Directory.Exists(full))
        {
            throw new UsageException($"--output names a folder: {output}");
        }

        return new StreamWriter(full, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
    }
}
