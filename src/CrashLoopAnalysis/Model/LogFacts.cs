namespace CrashLoopAnalysis.Model;

/// <summary>The keys of <see cref="LogSignal.Facts"/>.</summary>
public static class LogFacts
{
    /// <summary>A host name or IP address.</summary>
    public const string Host = "host";
    /// <summary>A TCP or UDP port.</summary>
    public const string Port = "port";
    /// <summary>An environment variable name; several alternatives are separated by commas.</summary>
    public const string EnvironmentVariable = "envVar";
    /// <summary>A file system path.</summary>
    public const string Path = "path";
    /// <summary>A module, package or class name.</summary>
    public const string Module = "module";
    /// <summary>A shared library name.</summary>
    public const string Library = "library";
    /// <summary>A configuration file name.</summary>
    public const string File = "file";
    /// <summary>A line number inside a configuration file.</summary>
    public const string FileLine = "fileLine";
    /// <summary>An exception type name.</summary>
    public const string ExceptionType = "exceptionType";
    /// <summary>The runtime that reported the problem (jvm, node, go, python, dotnet).</summary>
    public const string Runtime = "runtime";
    /// <summary>A user name a dependency refused.</summary>
    public const string User = "user";
    /// <summary>A command-line flag.</summary>
    public const string Flag = "flag";
}
