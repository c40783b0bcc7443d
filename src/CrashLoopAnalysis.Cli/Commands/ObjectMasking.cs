using CrashLoopAnalysis.Masking;

namespace CrashLoopAnalysis.Cli.Commands;

/// <summary>Masks secrets in printed objects line by line, the same way evidence is masked.</summary>
internal static class ObjectMasking
{
    public static string Apply(string text, SecretMasker masker) =>
        string.Join('\n', text.Split('\n').Select(masker.Apply));
}
