using k8s.Models;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>
/// Reads <c>Volumes:</c>: each volume's name, the kind of source from its <c>Type:</c> line and the settings
/// detectors use (secret, config map and claim names, optional flags, host paths, empty-dir medium and size).
/// </summary>
internal static class VolumeSection
{
    public static List<V1Volume>? Read(DescribeContext cx, int header, LineRange body)
    {
        cx.Lines.TryKey(header, out _, out var value);
        if (value.SequenceEqual("<none>") || body.IsEmpty)
        {
            return null;
        }

        var list = new List<V1Volume>();
        DescribeBlocks.ForEachItem(cx.Lines, body, (cx, list), static (s, i, props) => s.list.Add(ReadOne(s.cx, i, props)),
            static (s, i) => s.cx.Warn(i, "This line under Volumes is not part of a volume."));
        return list;
    }

    private static V1Volume ReadOne(DescribeContext cx, int header, LineRange props)
    {
        var lines = cx.Lines;
        lines.TryKey(header, out var key, out _);
        var volume = new V1Volume { Name = cx.Text(key) };
        cx.Field(new FieldPath("spec.volumes", volume.Name, Tail: "name"), header);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        var type = string.Empty;
        for (var i = props.Start; i < props.End; i++)
        {
            if (lines.IsBlank(i) || !lines.TryKey(i, out var k, out var v))
            {
                continue;
            }

            if (k.SequenceEqual("Type"))
            {
                var paren = v.IndexOf(" (");
                type = cx.Text(paren < 0 ? v : v[..paren]);
                cx.Field(new FieldPath("spec.volumes", volume.Name, Tail: VolumeSources.FieldName(type)), i);
                continue;
            }

            settings.TryAdd(cx.Text(k), cx.Text(v));
        }

        VolumeSources.Apply(volume, type, settings);
        return volume;
    }
}
