using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis;

/// <summary>Writes the JSON report of the contract (schemaVersion 1) in a fixed order.</summary>
internal static class JsonReportWriter
{
    public const int SchemaVersion = 1;

    public static void Write(Diagnosis diagnosis, TextWriter writer, string toolVersion)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteStartObject("tool");
            json.WriteString("name", "crashloop");
            json.WriteString("version", toolVersion);
            json.WriteEndObject();

            json.WriteStartArray("inputs");
            foreach (var input in diagnosis.Inputs)
            {
                json.WriteStartObject();
                json.WriteString("path", input.Path);
                json.WriteString("kind", input.Kind);
                json.WriteNumber("pods", input.Pods);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("pods");
            foreach (var pod in diagnosis.Pods)
            {
                WritePod(json, pod);
            }

            json.WriteEndArray();
            json.WriteStartArray("groups");
            foreach (var group in diagnosis.Groups)
            {
                json.WriteStartObject();
                json.WriteString("signature", group.Signature);
                json.WriteString("category", group.Category.ToReportName());
                json.WriteString("id", group.FindingId);
                json.WriteString("headline", group.Headline);
                json.WriteStartArray("owners");
                foreach (var owner in group.Owners)
                {
                    json.WriteStringValue(owner);
                }

                json.WriteEndArray();
                json.WriteStartArray("pods");
                foreach (var pod in group.Pods)
                {
                    json.WriteStringValue(pod.ToString());
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("warnings");
            foreach (var warning in diagnosis.Warnings)
            {
                json.WriteStartObject();
                json.WriteString("source", warning.Source);
                json.WriteNumber("line", warning.Line);
                json.WriteString("message", warning.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        // Line ends are "\n" on every platform, so the same diagnosis gives the same bytes everywhere.
        writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).Replace("\r\n", "\n", StringComparison.Ordinal));
        writer.Write('\n');
    }

    private static void WritePod(Utf8JsonWriter json, PodDiagnosis pod)
    {
        json.WriteStartObject();
        WriteNullable(json, "namespace", pod.Key.Namespace);
        WriteNullable(json, "name", pod.Key.Name);
        WriteNullable(json, "phase", pod.Phase);
        WriteNullable(json, "status", pod.Status);
        json.WriteNumber("restarts", pod.Restarts);
        json.WriteStartArray("findings");
        foreach (var f in pod.Findings)
        {
            json.WriteStartObject();
            json.WriteString("id", f.Id);
            json.WriteString("category", f.Category.ToReportName());
            json.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
            json.WriteNumber("confidence", Math.Round(f.Confidence, 2));
            WriteNullable(json, "container", f.Container);
            json.WriteString("title", f.Title);
            json.WriteString("message", f.Message);
            json.WriteString("role", f.Descriptor.Role == Detectors.FindingRole.Symptom ? "symptom" : "cause");
            json.WriteStartArray("evidence");
            foreach (var e in f.Evidence)
            {
                WriteEvidence(json, e);
            }

            json.WriteEndArray();
            WriteStrings(json, "remediation", f.Remediation);
            WriteStrings(json, "nextSteps", f.NextSteps);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter json, EvidenceLine e)
    {
        json.WriteStartObject();
        json.WriteString("source", e.Source);
        json.WriteNumber("line", e.Line);
        json.WriteString("text", e.Text);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    internal static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
