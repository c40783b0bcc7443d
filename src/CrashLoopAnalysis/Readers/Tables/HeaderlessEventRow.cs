using System.Buffers;
using CrashLoopAnalysis.Readers.Describe;

namespace CrashLoopAnalysis.Readers.Tables;

/// <summary>
/// Reads one event row pasted without its table header, whatever kubectl printed it: describe rows (<c>Warning
/// Unhealthy 3m (x4 over 5m) kubelet Liveness probe failed: ...</c>), pre-1.8 describe rows (<c>16m 42s 11 {kubelet n}
/// spec.containers{db} Warning Unhealthy ...</c>), <c>kubectl get events</c> rows (<c>9m5s Warning FailedScheduling
/// pod/x ...</c>) and their old form (<c>spec.containers{x} Warning Unhealthy kubelet, node ...</c>). The event type
/// word anchors the row: the reason follows it, and the cells after the reason are told apart by their shape.
/// </summary>
internal static class HeaderlessEventRow
{
    /// <summary>The cells of a row, or null when <paramref name="content"/> is not an event row.</summary>
    public static string[]? Cells(ReadOnlySpan<char> content, out EventColumns columns)
    {
        columns = Columns;
        var typeAt = TypeAt(content, out var typeLength);
        if (typeAt < 0)
        {
            return null;
        }

        var before = content[..typeAt].TrimEnd();
        var after = content[(typeAt + typeLength)..].TrimStart();
        var reasonEnd = after.IndexOfAny(' ', '\t');
        if (reasonEnd < 3 || !IsReason(after[..reasonEnd]))
        {
            return null;
        }

        var cells = new string[Columns.Namespace + 1];
        Array.Fill(cells, string.Empty);
        if (!ReadBefore(before, cells))
        {
            return null;
        }

        cells[Columns.Type] = content.Slice(typeAt, typeLength).ToString();
        cells[Columns.Reason] = after[..reasonEnd].ToString();
        var rest = after[reasonEnd..].TrimStart();
        var cell = NextCell(rest, out var afterCell);
        if (IsAge(cell) && !afterCell.IsEmpty)
        {
            cells[Columns.Age] = cell.ToString();
            rest = afterCell;
            var source = NextCell(rest, out var afterSource);
            if (IsSource(source) && !afterSource.IsEmpty)
            {
                cells[Columns.Source] = source.ToString();
                rest = afterSource;
            }
        }
        else if ((IsObject(cell) || IsSource(cell)) && !afterCell.IsEmpty)
        {
            cells[IsSource(cell) ? Columns.Source : Columns.Object] = cell.ToString();
            rest = afterCell;
        }

        cells[Columns.Message] = rest.Trim().ToString();
        return cells[Columns.Message].Length == 0 ? null : cells;
    }

    /// <summary>Where the fields of a headerless row are kept (a table of its own, never printed).</summary>
    private static readonly EventColumns Columns = new(
        Type: 0, Reason: 1, Message: 2, Source: 3, Age: 4, FirstSeen: -1, LastSeen: -1, Count: 5,
        Object: 6, Name: -1, Kind: -1, SubObject: 7, Namespace: 8);

    private static int TypeAt(ReadOnlySpan<char> content, out int length)
    {
        foreach (var type in (ReadOnlySpan<string>)["Warning", "Normal"])
        {
            var from = 0;
            while (from < content.Length)
            {
                var at = content[from..].IndexOf(type, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                at += from;
                var end = at + type.Length;
                if ((at == 0 || content[at - 1] is ' ' or '\t') && end < content.Length && content[end] is ' ' or '\t')
                {
                    length = type.Length;
                    return at;
                }

                from = end;
            }
        }

        length = 0;
        return -1;
    }

    private static bool IsReason(ReadOnlySpan<char> word) => char.IsAsciiLetter(word[0]) && !word.ContainsAnyExcept(ReasonChars);

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private static readonly SearchValues<char> AgeChars = SearchValues.Create("0123456789smhdy (xover)");

    private static readonly SearchValues<char> NameChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-.");

    private static readonly SearchValues<char> ReasonChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>Reads the cells before the type; false when one of them is not a cell an event table prints.</summary>
    private static bool ReadBefore(ReadOnlySpan<char> before, string[] cells)
    {
        var ages = 0;
        var rest = before.Trim();
        while (!rest.IsEmpty)
        {
            var cell = NextCell(rest, out var next);
            var text = cell.ToString();
            if (cell.StartsWith("spec.") && cell.EndsWith("}"))
            {
                cells[Columns.SubObject] = text;
            }
            else if (IsSource(cell))
            {
                cells[Columns.Source] = text;
            }
            else if (IsObject(cell))
            {
                cells[Columns.Object] = text;
            }
            else if (IsAge(cell) || IsDate(cell))
            {
                ages++;
            }
            else if (!cell.ContainsAnyExcept(Digits))
            {
                cells[Columns.Count] = text;
            }
            else if (ages == 0 && IsName(cell))
            {
                cells[Columns.Namespace] = text;
            }
            else
            {
                return false;
            }

            rest = next;
        }

        return true;
    }

    /// <summary>The next cell: up to a gap of two blanks or a tab (one blank inside a cell is part of it).</summary>
    private static ReadOnlySpan<char> NextCell(ReadOnlySpan<char> s, out ReadOnlySpan<char> rest)
    {
        s = s.TrimStart();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\t' || (s[i] == ' ' && i + 1 < s.Length && s[i + 1] is ' ' or '\t'))
            {
                rest = s[i..].TrimStart();
                return s[..i];
            }
        }

        rest = default;
        return s;
    }

    private static bool IsAge(ReadOnlySpan<char> cell) =>
        cell.SequenceEqual("<unknown>") || cell.SequenceEqual("<invalid>")
        || (cell.Length > 1 && char.IsAsciiDigit(cell[0]) && !cell.ContainsAnyExcept(AgeChars) && cell.IndexOfAny("smhd") > 0);

    private static bool IsDate(ReadOnlySpan<char> cell) => cell.Length > 10 && cell.Contains(':') && cell.IndexOfAnyInRange('0', '9') >= 0 && !cell.Contains('/');

    private static bool IsSource(ReadOnlySpan<char> cell) =>
        cell.StartsWith("{") || cell.StartsWith("kubelet") || cell.SequenceEqual("default-scheduler")
        || cell.EndsWith("-controller") || cell.EndsWith("-scheduler") || cell.StartsWith("persistentvolume-controller");

    private static bool IsObject(ReadOnlySpan<char> cell)
    {
        var slash = cell.IndexOf('/');
        return slash > 1 && slash < cell.Length - 1 && !cell.Contains(' ') && IsName(cell[..slash]) && char.IsAsciiLetterLower(cell[0]);
    }

    private static bool IsName(ReadOnlySpan<char> cell) =>
        cell.Length > 0 && char.IsAsciiLetterOrDigit(cell[0]) && !cell.ContainsAnyExcept(NameChars);

    /// <summary>Whether the line reads as a headerless event row.</summary>
    public static bool IsRow(ReadOnlySpan<char> content) => Cells(content, out _) is not null;
}
