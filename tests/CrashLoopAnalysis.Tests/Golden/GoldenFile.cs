namespace CrashLoopAnalysis.Tests.Golden;

/// <summary>
/// Our own small golden-file check (Verify cannot be restored here): compares text with a file checked in under
/// the test project; CRASHLOOP_UPDATE_GOLDEN=1 re-approves by rewriting the file.
/// </summary>
internal static class GoldenFile
{
    public static bool Updating => Environment.GetEnvironmentVariable("CRASHLOOP_UPDATE_GOLDEN") == "1";

    /// <summary>The checked-in file's path in the source tree (not the copy beside the test assembly).</summary>
    public static string SourcePath(params string[] fixtureParts) =>
        Path.Combine([Fixture.RepositoryRoot, "tests", "CrashLoopAnalysis.Tests", "Fixtures", .. fixtureParts]);

    public static void Verify(string actual, params string[] fixtureParts)
    {
        var path = SourcePath(fixtureParts);
        actual = actual.ReplaceLineEndings("\n");
        if (Updating)
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No approved report at {path}; run the tests with CRASHLOOP_UPDATE_GOLDEN=1 to approve the current one.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            File.WriteAllText(path + ".received", actual);
            Assert.Fail($"The report differs from the approved {path} (the new one is beside it as .received). {FirstDifference(expected, actual)}\nIf the change is right, re-approve with CRASHLOOP_UPDATE_GOLDEN=1.");
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end>";
            var right = i < a.Length ? a[i] : "<end>";
            if (left != right)
            {
                return $"Line {i + 1}: expected `{left.Trim()}`, got `{right.Trim()}`.";
            }
        }

        return string.Empty;
    }
}
