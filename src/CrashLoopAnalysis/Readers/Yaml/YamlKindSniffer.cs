using System.Text;
using CrashLoopAnalysis.Readers.Json;

namespace CrashLoopAnalysis.Readers.Yaml;

/// <summary>
/// Tells from the raw bytes whether a YAML capture can hold an object the readers use. A must-gather holds far more
/// YAML than pods and events (secrets, config maps, replica sets, custom resources); a file whose every
/// <c>kind:</c> key names a kind no reader uses is skipped before it is parsed. A file with no <c>kind:</c> key, or
/// with one whose value cannot be told, is always read.
/// </summary>
internal static class YamlKindSniffer
{
    public static bool MayHoldReadableObjects(ReadOnlySpan<byte> yaml)
    {
        var sawKind = false;
        var at = 0;
        while (true)
        {
            var hit = yaml[at..].IndexOf("kind:"u8);
            if (hit < 0)
            {
                return !sawKind;
            }

            var start = at + hit;
            at = start + 5;
            if (!IsKeyAtLineStart(yaml, start))
            {
                continue;
            }

            var end = yaml[at..].IndexOfAny((byte)'\n', (byte)'#');
            var value = (end < 0 ? yaml[at..] : yaml.Slice(at, end)).Trim(" \t\r\"'"u8);
            if (value.IsEmpty)
            {
                return true;
            }

            sawKind = true;
            var kind = KubeKinds.From(Encoding.UTF8.GetString(value), null);
            if (kind != KubeKind.Other && !(kind == KubeKind.Unknown && value.SequenceEqual("List"u8)))
            {
                return true;
            }
        }
    }

    // `kind:` as a mapping key: only blanks and sequence dashes before it on its line.
    private static bool IsKeyAtLineStart(ReadOnlySpan<byte> yaml, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            switch (yaml[i])
            {
                case (byte)'\n':
                    return true;
                case (byte)' ' or (byte)'-' or (byte)'\t':
                    continue;
                default:
                    return false;
            }
        }

        return true;
    }
}
