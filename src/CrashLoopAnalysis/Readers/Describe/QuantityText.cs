using k8s.Models;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>Reads a resource quantity (<c>500m</c>, <c>1536Mi</c>, <c>1G</c>) without letting a bad one throw.</summary>
internal static class QuantityText
{
    public static bool TryRead(ReadOnlySpan<char> text, out ResourceQuantity quantity)
    {
        quantity = null!;
        if (text.IsEmpty || !(char.IsAsciiDigit(text[0]) || text[0] is '.' or '+' or '-'))
        {
            return false;
        }

        try
        {
            quantity = new ResourceQuantity(text.ToString());
            return true;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
        {
            return false;
        }
    }
}
