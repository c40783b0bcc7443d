using System.Text;
using CrashLoopAnalysis.Readers.Logs;

namespace CrashLoopAnalysis.Tests.Readers.Logs;

/// <summary>
/// Every implementation of the candidate search (AVX2, 128-bit shuffles, portable) finds exactly what a plain
/// byte-by-byte comparison finds, on text full of near misses: words in mixed case, cut short, glued to
/// neighbours, next to bytes that fold onto letters and to multi-byte UTF-8.
/// </summary>
public sealed class CandidateFilterTests
{
    private static readonly string[] Pieces =
    [
        "I0102 03:04:05.123456       1 controller.go:123] \"Reconciled object\" ", "{\"level\":\"info\",\"msg\":\"ok\"}", "\n",
        " ", "@", "[", "`", "{", "é", "日本", "\0", "\t", "E", "ER", "Er", "fa", "fai", "FATA", "no su", "not fou", "time", "tim",
        "in us", "inval", "kill", "panik", "exceptio", "refuse", "denie", "canno", "unabl", "emer", "not define", "stderr",
    ];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_implementation_finds_the_same_first_word_as_a_plain_comparison(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        while (text.Length < 3000)
        {
            if (random.Next(40) == 0)
            {
                var word = CandidateWords.All[random.Next(CandidateWords.All.Count)];
                text.Append(string.Concat(word.Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : c)));
            }
            else
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var filter = CandidateWords.Filter;
        for (var start = 0; start < bytes.Length; start += 1 + random.Next(64))
        {
            var data = bytes.AsSpan(start);
            var expected = Plain(data);

            Assert.Equal(expected, filter.IndexOf(data));
            Assert.Equal(expected, filter.IndexOfAvx2(data));
            Assert.Equal(expected, filter.IndexOfVector128(data));
            Assert.Equal(expected, filter.IndexOfPortable(data));
        }
    }

    private static int Plain(ReadOnlySpan<byte> data)
    {
        for (var i = 0; i < data.Length; i++)
        {
            foreach (var word in CandidateWords.All)
            {
                var w = Encoding.UTF8.GetBytes(word);
                if (data.Length - i >= w.Length && Ascii.EqualsIgnoreCase(data.Slice(i, w.Length), w))
                {
                    return i;
                }
            }
        }

        return -1;
    }
}
