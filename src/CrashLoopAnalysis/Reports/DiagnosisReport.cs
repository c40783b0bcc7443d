namespace CrashLoopAnalysis;

/// <summary>Writes a <see cref="Diagnosis"/> as text, Markdown or JSON. The same diagnosis always gives the same bytes.</summary>
public static class DiagnosisReport
{
    /// <summary>Writes the diagnosis.</summary>
    /// <param name="diagnosis">The diagnosis.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="format">The format.</param>
    /// <param name="toolVersion">The version to name in the report's <c>tool</c> field.</param>
    public static void Write(Diagnosis diagnosis, TextWriter writer, ReportFormat format, string? toolVersion = null)
    {
        ArgumentNullException.ThrowIfNull(diagnosis);
        ArgumentNullException.ThrowIfNull(writer);
        var version = toolVersion ?? LibraryVersion;
        switch (format)
        {
            case ReportFormat.Json:
                JsonReportWriter.Write(diagnosis, writer, version);
                break;
            case ReportFormat.Markdown:
                MarkdownReportWriter.Write(diagnosis, writer);
                break;
            case ReportFormat.Text:
                TextReportWriter.Write(diagnosis, writer);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
    }

    /// <summary>Returns the diagnosis as a string in the given format.</summary>
    /// <param name="diagnosis">The diagnosis.</param>
    /// <param name="format">The format.</param>
    /// <param name="toolVersion">The version to name in the report's <c>tool</c> field.</param>
    /// <returns>The report.</returns>
    public static string ToString(Diagnosis diagnosis, ReportFormat format, string? toolVersion = null)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(diagnosis, writer, format, toolVersion);
        return writer.ToString();
    }

    /// <summary>The library's informational version, without build metadata.</summary>
    public static string LibraryVersion { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var attribute = typeof(DiagnosisReport).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>()
            .FirstOrDefault()?.InformationalVersion ?? "0.0.0";
        var plus = attribute.IndexOf('+', StringComparison.Ordinal);
        return plus > 0 ? attribute[..plus] : attribute;
    }
}
