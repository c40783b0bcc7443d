using k8s.Models;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>Reads <c>SeccompProfile:</c> with the <c>LocalhostProfile:</c> line kubectl puts under it.</summary>
internal static class SeccompText
{
    public static V1SeccompProfile Read(DescribeContext cx, ReadOnlySpan<char> type, LineRange body)
    {
        var profile = new V1SeccompProfile { Type = type.ToString() };
        for (var i = body.Start; i < body.End; i++)
        {
            if (cx.Lines.IsBlank(i))
            {
                continue;
            }

            if (cx.Lines.TryKey(i, out var key, out var value) && key.SequenceEqual("LocalhostProfile"))
            {
                profile.LocalhostProfile = value.ToString();
            }
            else
            {
                cx.Warn(i, "This line under SeccompProfile could not be read.");
            }
        }

        return profile;
    }
}
