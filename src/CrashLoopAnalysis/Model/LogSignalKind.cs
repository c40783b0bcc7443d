namespace CrashLoopAnalysis.Model;

/// <summary>The kinds of decisive facts the log scanner recognises in a container's output.</summary>
public enum LogSignalKind
{
    /// <summary>An error or fatal line that matches no more specific kind.</summary>
    Error,
    /// <summary>An unhandled exception or stack trace (Java, Python, Node.js, .NET, Ruby).</summary>
    Exception,
    /// <summary>A Go panic, Rust panic or a fatal runtime error.</summary>
    Panic,
    /// <summary>A TCP connection was refused (facts: host, port).</summary>
    ConnectionRefused,
    /// <summary>A connection or request timed out (facts: host, port).</summary>
    Timeout,
    /// <summary>A host name could not be resolved (facts: host).</summary>
    DnsFailure,
    /// <summary>A required environment variable is not set (facts: envVar).</summary>
    MissingEnvironmentVariable,
    /// <summary>A file or directory does not exist (facts: path).</summary>
    MissingFile,
    /// <summary>A module, package or class could not be loaded (facts: module).</summary>
    MissingModule,
    /// <summary>Permission denied on a path (facts: path).</summary>
    PermissionDenied,
    /// <summary>A write to a read-only file system (facts: path).</summary>
    ReadOnlyFileSystem,
    /// <summary>The runtime ran out of memory (facts: runtime).</summary>
    OutOfMemory,
    /// <summary>The binary is for another CPU architecture or not an executable.</summary>
    ExecFormatError,
    /// <summary>A shared library or the program loader is missing (facts: library).</summary>
    MissingSharedLibrary,
    /// <summary>The port to listen on is already in use (facts: port).</summary>
    AddressInUse,
    /// <summary>A configuration file could not be parsed (facts: file, fileLine).</summary>
    ConfigurationParseError,
    /// <summary>A TLS handshake or certificate verification failed (facts: host).</summary>
    TlsError,
    /// <summary>A dependency refused the credentials (facts: host, user).</summary>
    AuthenticationFailure,
    /// <summary>No space left on a device (facts: path).</summary>
    DiskFull,
    /// <summary>A command-line flag or argument was not accepted (facts: flag).</summary>
    InvalidArgument,
    /// <summary>No route to the host or the network is unreachable (facts: host, port).</summary>
    NetworkUnreachable,
    /// <summary>A kernel or process limit is too low for the program (vm.max_map_count, open files).</summary>
    SystemLimit,
}
