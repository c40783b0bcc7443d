namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>
/// Gives the same string for the same short text within one capture: describe repeats its values (condition
/// types, reasons, mount paths, label keys, images, tolerations) in every pod, and one string each is enough.
/// A fixed table replaces on collision, so memory stays bounded whatever the capture holds.
/// </summary>
internal sealed class TextPool
{
    private const int MaxPooledLength = 64;
    private readonly string?[] _slots = new string?[1024];

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        if (text.Length > MaxPooledLength)
        {
            return text.ToString();
        }

        var slot = (int)((uint)string.GetHashCode(text) % (uint)_slots.Length);
        if (_slots[slot] is { } known && text.SequenceEqual(known))
        {
            return known;
        }

        var made = text.ToString();
        _slots[slot] = made;
        return made;
    }
}
