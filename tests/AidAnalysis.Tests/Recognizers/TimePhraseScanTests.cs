using AidAnalysis.Lexicons;
using AidAnalysis.Recognizers;
using CsCheck;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>The one walk over the tokens (<see cref="TimePhraseScan"/>) reads for each reader the phrases that reader reads
/// alone, on texts where the kinds of time phrase open with the same words and overlap ("the last two weeks of the year ago").</summary>
public class TimePhraseScanTests
{
    private static readonly TimePhrases Phrases = new(Lexicon.Default.NumberWords, Lexicon.Default.Months, Lexicon.Default.TimeExpressionWords);
    private static readonly TimeExpressionGaps GapReader = new(Lexicon.Default.TimeExpressionWords, Lexicon.Default.Months);
    private static readonly PhraseReader[] Readers = [Phrases.RelativeYearReader, Phrases.YearsAgoReader, Phrases.DayOrMonthReader, GapReader.Reader];
    private static readonly TimePhraseScan Walk = new(Readers);

    private static readonly string[] Words =
    [
        "this", "This", "next", "last", "Last", "first", "final", "earlier", "later", "in", "In", "the", "of", "year", "years", "decade", "ago",
        "weeks", "week", "days", "months", "month", "half", "two", "Two", "a", "few", "past", "today", "Tuesday", "March", "May", "Sept", "end",
        "mid", "until", "from", "before", "rest", "summer", "fiscal", "3", "15", "1,15", "2024", "x",
    ];

    private static readonly string[] Separators = [" ", " ", " ", " ", " ", "", "  ", "\n", ". ", ".", ", ", "-", "’s ", "\u0301 "];

    private static readonly Gen<string> Texts =
        Gen.Select(Gen.Int[0, Words.Length - 1], Gen.Int[0, Separators.Length - 1], (w, s) => Words[w] + Separators[s]).Array[0, 16].Select(string.Concat);

    [Fact]
    public void Each_reader_reads_in_the_walk_what_it_reads_alone()
    {
        var found = 0;
        Texts.Sample(text =>
        {
            var tokens = OneSentenceTokens.Of(text);
            var walked = Walk.Read(tokens);
            for (var r = 0; r < Readers.Length; r++)
            {
                var alone = TimePhraseScan.Alone(Readers[r], tokens);
                Assert.True(alone.SequenceEqual(walked[r]), $"reader {r}: [{text}]");
                Interlocked.Add(ref found, alone.Count);
            }
        }, iter: 100_000);
        Assert.True(found > 10_000, $"found {found}");
    }
}
