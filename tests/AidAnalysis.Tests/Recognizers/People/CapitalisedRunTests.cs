using System.Text.RegularExpressions;
using AidAnalysis.Recognizers;
using AidAnalysis.Recognizers.People;
using CsCheck;

namespace AidAnalysis.Tests.Recognizers.People;

/// <summary>The last capitalised run of an organisation phrase is the last match of the pattern it replaced, on phrases made of
/// capitalised and lower-case words, hyphens, apostrophes, marks, digits and spacing.</summary>
public class CapitalisedRunTests
{
    private static readonly Regex CapitalisedRun = new(NamePatterns.NameToken + @"(?:\s" + NamePatterns.NameToken + ")*", RegexOptions.CultureInvariant);

    private static readonly string[] Pieces =
        [" ", " ", " ", "  ", "\n", "the", "Delta", "Relief", "UN", "Jin-ho", "O’Brien", "xDonald", "Ö", "e\u0301", "-", "’", "'", ".", "1", "&", "of"];

    private static readonly Gen<(string Text, int Start, int End)> Phrases =
        Gen.Select(Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 24].Select(string.Concat), Gen.Int[0, 40], Gen.Int[0, 140])
            .Select((text, start, length) => (text, Math.Min(start, text.Length), Math.Min(text.Length, Math.Min(start, text.Length) + length)));

    [Fact]
    public void The_last_capitalised_run_is_the_last_match_of_its_pattern()
    {
        var found = 0;
        Phrases.Sample((text, start, end) =>
        {
            var run = RoleAppositions.LastCapitalisedRun(text, start, end);
            // The reader reads a name token to at most TextPatterns.MaxNameTokenLength; the pattern it replaced has no bound.
            if (OverlongNameTokens.In(text)) return;
            var runs = CapitalisedRun.Matches(text.Substring(start, end - start));
            var expected = runs.Count > 0 ? (start + runs[^1].Index, runs[^1].Length) : ((int, int)?)null;
            Assert.Equal(expected, run is { } r ? (r.Start, r.Length) : null);
            if (run is not null) Interlocked.Increment(ref found);
        }, iter: 30_000);
        Assert.True(found > 1000, $"{found} runs");
    }
}
