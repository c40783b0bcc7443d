namespace CrashLoopAnalysis.Sources.Archives;

/// <summary>The container or compression a stream starts with, told by its magic bytes.</summary>
internal enum ArchiveFormat
{
    /// <summary>Not an archive: a capture to read as it is.</summary>
    None,

    /// <summary>A POSIX/GNU tar.</summary>
    Tar,

    /// <summary>gzip: a .tar.gz, or one gzipped file.</summary>
    Gzip,

    /// <summary>xz: a .tar.xz, or one xz-compressed file.</summary>
    Xz,

    /// <summary>A zip archive.</summary>
    Zip,
}
