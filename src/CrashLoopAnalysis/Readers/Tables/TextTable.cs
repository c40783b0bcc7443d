using CrashLoopAnalysis.Readers.Describe;

namespace CrashLoopAnalysis.Readers.Tables;

/// <summary>
/// The columns of a kubectl text table, taken from its header row. kubectl pads each column to its widest
/// cell, so a row is cut at the header's column starts (relative to where the row's text starts); a row
/// that does not line up (tabs, a pasted excerpt) is split on tabs or runs of two or more spaces instead.
/// </summary>
internal sealed class TextTable
{
    private readonly int[] _starts;

    private TextTable(string[] names, int[] starts)
    {
        Names = names;
        _starts = starts;
    }

    /// <summary>The column names as the header spells them (e.g. <c>LAST SEEN</c>, <c>FirstSeen</c>).</summary>
    public string[] Names { get; }

    /// <summary>The index of the first column whose name is one of <paramref name="names"/> (any case), or -1.</summary>
    public int Column(params ReadOnlySpan<string> names)
    {
        for (var c = 0; c < Names.Length; c++)
        {
            foreach (var name in names)
            {
                if (string.Equals(Names[c], name, StringComparison.OrdinalIgnoreCase))
                {
                    return c;
                }
            }
        }

        return -1;
    }

    public static TextTable Parse(ReadOnlySpan<char> header)
    {
        var names = new List<string>();
        var starts = new List<int>();
        var at = 0;
        while (at < header.Length)
        {
            while (at < header.Length && header[at] is ' ' or '\t')
            {
                at++;
            }

            if (at >= header.Length)
            {
                break;
            }

            var end = NextGap(header, at);
            names.Add(header[at..end].ToString());
            starts.Add(at);
            at = end;
        }

        return new TextTable([.. names], [.. starts]);
    }

    /// <summary>
    /// Cuts a row (without its indentation) into one cell per column; missing cells are empty. Rows after a
    /// line without columns (a message with a line end) start a new block that kubectl aligns on its own:
    /// pass <paramref name="sameBlock"/> false for them and they are split on gaps. A <paramref name="pool"/>
    /// gives one string for cells that repeat (types, reasons, sources).
    /// </summary>
    public string[] Split(ReadOnlySpan<char> row, int optionalColumn, bool sameBlock = true, TextPool? pool = null)
    {
        var cells = new string[Names.Length];
        if (sameBlock && row.IndexOf('\t') < 0 && LinesUp(row))
        {
            for (var c = 0; c < _starts.Length; c++)
            {
                var start = Math.Min(_starts[c], row.Length);
                var end = c + 1 < _starts.Length ? Math.Min(_starts[c + 1], row.Length) : row.Length;
                cells[c] = Cell(row[start..end].Trim(), pool);
            }

            return cells;
        }

        return SplitOnGaps(row, cells, optionalColumn, pool);
    }

    private static string Cell(ReadOnlySpan<char> text, TextPool? pool) => pool?.Get(text) ?? text.ToString();

    private bool LinesUp(ReadOnlySpan<char> row)
    {
        for (var c = 1; c < _starts.Length; c++)
        {
            var s = _starts[c];
            if (s >= row.Length)
            {
                return c == _starts.Length - 1 || s > row.Length;
            }

            if (row[s - 1] != ' ' || (s >= 2 && row[s] != ' ' && row[s - 2] != ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] SplitOnGaps(ReadOnlySpan<char> row, string[] cells, int optionalColumn, TextPool? pool)
    {
        var tokens = new List<string>(cells.Length + 4);
        var at = 0;
        while (at < row.Length)
        {
            while (at < row.Length && row[at] is ' ' or '\t')
            {
                at++;
            }

            if (at >= row.Length)
            {
                break;
            }

            var end = NextGap(row, at);
            tokens.Add(Cell(row[at..end], pool));
            at = end;
        }

        Array.Fill(cells, string.Empty);
        var last = cells.Length - 1;
        if (tokens.Count >= cells.Length)
        {
            // Extra gaps fall inside the last column (a message with double spaces).
            for (var c = 0; c < last; c++)
            {
                cells[c] = tokens[c];
            }

            var rest = row;
            for (var c = 0; c < last; c++)
            {
                rest = rest[(rest.IndexOf(tokens[c]) + tokens[c].Length)..];
            }

            cells[last] = rest.Trim().ToString();
            return cells;
        }

        // An empty cell leaves no token: fill from the left up to the column that may be empty, then from the right.
        var left = optionalColumn < 0 ? tokens.Count : Math.Min(optionalColumn, tokens.Count);
        for (var c = 0; c < left; c++)
        {
            cells[c] = tokens[c];
        }

        for (int t = tokens.Count - 1, c = last; t >= left; t--, c--)
        {
            cells[c] = tokens[t];
        }

        return cells;
    }

    private static int NextGap(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length)
        {
            if (text[at] == '\t' || (text[at] == ' ' && at + 1 < text.Length && text[at + 1] is ' ' or '\t'))
            {
                return at;
            }

            at++;
        }

        return at;
    }
}
