using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CrashLoopAnalysis.Readers.Yaml;

/// <summary>
/// Writes JSON text whose tokens stay on the line of the YAML they came from, so line numbers found in the
/// JSON are the YAML's own. Bounded: a value that would make the document grow past <see cref="Limit"/> bytes
/// (an alias bomb) is written as an empty one and <see cref="Overflowed"/> is set, so the reader stops there.
/// </summary>
internal sealed class YamlJsonWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Stack<Container> _open = new();
    private int _line;

    public YamlJsonWriter(int firstLine, long limit)
    {
        _line = firstLine;
        Limit = limit;
    }

    public long Limit { get; }

    public bool Overflowed { get; private set; }

    public int Position => _buffer.WrittenCount;

    public ReadOnlyMemory<byte> Written => _buffer.WrittenMemory;

    public bool AtTopLevel => _open.Count == 0;

    public bool ExpectingKey => _open.Count > 0 && _open.Peek() is { IsMapping: true, KeyWritten: false };

    public void StartContainer(bool mapping, int line)
    {
        BeforeValue(line);
        Raw(mapping ? "{"u8 : "["u8);
        _open.Push(new Container(mapping));
    }

    public void EndContainer()
    {
        if (_open.Count == 0)
        {
            return;
        }

        var c = _open.Pop();
        if (c.IsMapping && c.KeyWritten)
        {
            Raw("null"u8);
        }

        Raw(c.IsMapping ? "}"u8 : "]"u8);
    }

    /// <summary>Closes whatever is still open: a document cut short still yields its complete items.</summary>
    public void CloseAll()
    {
        while (_open.Count > 0)
        {
            EndContainer();
        }
    }

    public void Key(string key, int line)
    {
        var c = _open.Peek();
        PadTo(line);
        if (c.Count > 0)
        {
            Raw(","u8);
        }

        String(key);
        Raw(":"u8);
        c.KeyWritten = true;
    }

    public void Scalar(string value, bool plain, int line)
    {
        BeforeValue(line);
        if (plain && TryWritePlain(value))
        {
            return;
        }

        String(value);
    }

    /// <summary>Writes again what an anchor captured (newlines removed so later lines stay true).</summary>
    public void Replay(ReadOnlySpan<byte> captured, int line)
    {
        BeforeValue(line);
        if (!Fits(captured.Length))
        {
            Raw("null"u8);
            return;
        }

        while (!captured.IsEmpty)
        {
            var nl = captured.IndexOf((byte)'\n');
            Raw(nl < 0 ? captured : captured[..nl]);
            captured = nl < 0 ? [] : captured[(nl + 1)..];
        }
    }

    private void BeforeValue(int line)
    {
        PadTo(line);
        if (_open.Count == 0)
        {
            return;
        }

        var c = _open.Peek();
        if (c.IsMapping)
        {
            c.KeyWritten = false;
        }
        else if (c.Count > 0)
        {
            Raw(","u8);
        }

        c.Count++;
    }

    private bool TryWritePlain(string value)
    {
        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                Raw("null"u8);
                return true;
            case "true" or "True" or "TRUE":
                Raw("true"u8);
                return true;
            case "false" or "False" or "FALSE":
                Raw("false"u8);
                return true;
        }

        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            Raw(Encoding.UTF8.GetBytes(integer.ToString(CultureInfo.InvariantCulture)));
            return true;
        }

        if (LooksLikeFloat(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real))
        {
            Raw(Encoding.UTF8.GetBytes(real.ToString("R", CultureInfo.InvariantCulture)));
            return true;
        }

        return false;
    }

    private static bool LooksLikeFloat(string value)
    {
        // YAML 1.2 core schema floats: [-+]? (\.[0-9]+ | [0-9]+ (\.[0-9]*)?) ([eE][-+]?[0-9]+)?
        var s = value.AsSpan().TrimStart("+-");
        if (s.IsEmpty || !(char.IsAsciiDigit(s[0]) || (s[0] == '.' && s.Length > 1 && char.IsAsciiDigit(s[1]))))
        {
            return false;
        }

        foreach (var ch in s)
        {
            if (!(char.IsAsciiDigit(ch) || ch is '.' or 'e' or 'E' or '+' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private void String(string value)
    {
        var encoded = JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        if (!Fits(encoded.EncodedUtf8Bytes.Length + 2))
        {
            Raw("\"\""u8);
            return;
        }

        Raw("\""u8);
        Raw(encoded.EncodedUtf8Bytes);
        Raw("\""u8);
    }

    private void PadTo(int line)
    {
        while (_line < line)
        {
            Byte((byte)'\n');
            _line++;
        }
    }

    /// <summary>
    /// Whether a value of <paramref name="bytes"/> bytes still fits. Values are written whole or replaced by an
    /// empty one, so that a document cut at the limit is still valid JSON and its pod is not lost.
    /// </summary>
    private bool Fits(int bytes)
    {
        if (Overflowed || _buffer.WrittenCount + (long)bytes > Limit)
        {
            Overflowed = true;
            return false;
        }

        return true;
    }

    /// <summary>Writes punctuation and small values; only <see cref="Fits"/> guards the size of large ones.</summary>
    private void Raw(ReadOnlySpan<byte> bytes) => _buffer.Write(bytes);

    private void Byte(byte b) => Raw([b]);

    private sealed class Container(bool isMapping)
    {
        public bool IsMapping { get; } = isMapping;
        public int Count { get; set; }
        public bool KeyWritten { get; set; }
    }
}
