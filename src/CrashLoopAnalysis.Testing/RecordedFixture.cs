namespace CrashLoopAnalysis.Testing;

/// <summary>Diagnoses recorded fixtures (a folder of captures, or single files) the way <c>crashloop diagnose</c> does.</summary>
public static class RecordedFixture
{
    /// <summary>Diagnoses every capture in <paramref name="path"/> (a file, a folder or an archive).</summary>
    /// <param name="path">The fixture.</param>
    /// <param name="engine">The engine to use; <see cref="DiagnosisEngine.Default"/> when null.</param>
    /// <returns>The diagnosis.</returns>
    /// <exception cref="FileNotFoundException">The fixture does not exist.</exception>
    public static Diagnosis Diagnose(string path, DiagnosisEngine? engine = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"The fixture '{path}' does not exist.", path);
        }

        return (engine ?? DiagnosisEngine.Default).Diagnose(path);
    }
}
