using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Recognizers;
using CsCheck;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>The time phrases read on the token layer (relative years, years ago, days or months, the gap expressions) are the
/// ones the whole-text patterns they replaced found, kept here as the reference, on texts made of the words and marks the
/// patterns cared about; each test counts the phrases found, so a generator that stopped producing them would fail.
/// Not compared: a word glued after or before an apostrophe inside a word ("O’Tuesday"), which the patterns read as a word of
/// its own and the tokens do not; the generator writes no letter on both sides of an
/// apostrophe but before a clitic.</summary>
public class TimePhraseTokenTests
{
    private static readonly MonthNames Months = Lexicon.Default.Months;

    /// <summary>What stands between two words: mostly one space, sometimes a mark, a clitic, a combining mark or nothing.</summary>
    private static readonly string[] Separators =
    [
        " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", "", "  ", "\n", "\t", ". ", ".", ", ", ",", "-", "- ", "’s ", "'s", "’", "’ s", "\u0301 ", "_",
    ];

    private static readonly string[] Noise = ["x", "O", "2024", "3", "15", "123", "1,15", "3.5", "3,000", "31st", "0", "٣", "the", "of", "in", "In", "a"];

    private static Gen<string> Texts(params string[] words) =>
        Gen.Select(Gen.Int[0, words.Length + Noise.Length - 1], Gen.Int[0, Separators.Length - 1],
                (w, sep) => (w < words.Length ? words[w] : Noise[w - words.Length]) + Separators[sep])
            .Array[0, 12].Select(string.Concat)
            .Where(text => !Regex.IsMatch(text, @"\w['’](?!(?i:s|re|ve|ll|d|m)(?!\w))\p{L}"));

    private static readonly Gen<string> RelativeTexts = Texts("this", "This", "next", "Next", "last", "Last", "previous", "coming", "Current", "fiscal",
        "financial", "calendar", "year", "years", "yearly", "first", "First", "second", "third", "final", "three", "two", "Three", "months", "half",
        "quarter", "weeks", "of", "the", "earlier", "Earlier", "later", "LATER", "in", "é");

    private static readonly Gen<string> DayTexts = Texts("today", "Today", "TODAY", "yesterday", "tonight", "Tonight", "this", "This", "last", "Last",
        "week", "weeks", "month", "months", "morning", "Monday", "Tuesday", "Sunday", "Mondays", "in", "In", "the", "past", "few", "two", "Two", "three",
        "several", "a", "one", "four", "days", "day", "ago", "March", "May", "Mar", "Sept", "Sep", "January", "on", "by", "until", "during", "since",
        "early", "late", "mid", "mid-", "end", "end of", "earlier in", "later in", "earlier", "later", "of", "3", "15", "1,15", "3.5", "3,000", "12th");

    private static readonly Gen<string> AgoTexts = Texts("a", "A", "one", "two", "Two", "twenty", "thirty", "forty", "half", "hundred", "3", "15", "123",
        "1,15", "year", "years", "years", "decade", "decades", "Decades", "ago", "ago", "ago", "Ago");

    private static readonly Gen<string> GapTexts = Texts("from", "From", "before", "Before", "In", "in", "On", "on", "By", "by", "Until", "until", "During",
        "Since", "Early", "early", "Late", "March", "May", "June", "Mar", "end", "End", "rest", "remainder", "of", "the", "year", "years", "over",
        "this", "This", "summer", "Summer", "spring", "autumn", "winter", "winters");

    private static readonly Regex Relative = new(@"\b(?:[Tt]his|[Nn]ext|[Ll]ast|[Pp]revious|[Cc]oming|[Cc]urrent)\s(?:fiscal\s|financial\s|calendar\s)?year\b"
        + @"|\b(?:(?:[Ff]irst|[Ll]ast|[Ss]econd|[Tt]hird|[Ff]inal)\s(?:\p{Ll}+\s)?(?:months|half|quarter|weeks)\sof|[Ee]arlier\sin|[Ll]ater\sin)\sthe\syear\b",
        RegexOptions.CultureInvariant);

    private static readonly Regex DayOrMonth = new(
        $@"\b(?:[Tt]oday|[Yy]esterday|[Tt]onight|[Tt]his\s(?:week|month|morning)|[Ll]ast\s(?:week|month)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
        + $@"|(?:[Ii]n\s)?(?:the\s)?(?:past|last)\s(?:few\s|two\s|three\s|several\s)?(?:days|weeks)|(?:a|one|two|three|four|several|few)\s(?:days?|weeks?)\sago"
        + $@"|(?:in|on|by|until|during|since|last|this|early|late|mid-|end of|earlier in|later in)\s(?:{Months.FullNamePattern})|(?:{Months.AnyFormPattern})\.?\s[0-9]{{1,2}}|[0-9]{{1,2}}\s(?:{Months.FullNamePattern}))\b",
        RegexOptions.CultureInvariant);

    private static readonly Regex YearsAgo = new(
        $@"\b(?<count>[0-9]{{1,2}}|{TextPatterns.WordAlternation(Lexicon.Default.NumberWords.Where(w => w.Value is >= 1 and <= 30 && w.Value == Math.Floor(w.Value)).Select(w => w.Key))})\s(?<unit>years?|decades?)\sago\b",
        RegexOptions.CultureInvariant);

    private static readonly Regex Gaps = GapPattern(Lexicon.Default.TimeExpressionWords);

    private static Regex GapPattern(IReadOnlyDictionary<string, IReadOnlyList<string>> words) => new(
        $@"\b(?:(?:{TextPatterns.WordAlternation(words["month-opener"])})\s(?:{Months.FullNamePattern})|(?:{TextPatterns.WordAlternation(words["year-part"])})\sof\sthe\syear"
        + $@"|(?:{TextPatterns.WordAlternation(words["season-opener"])})\s(?:the\s)?(?:{TextPatterns.WordAlternation(words["season"])}))\b", RegexOptions.CultureInvariant);

    private static readonly TimePhrases Phrases = new(Lexicon.Default.NumberWords, Months, Lexicon.Default.TimeExpressionWords);
    private static readonly TimeExpressionGaps GapReader = new(Lexicon.Default.TimeExpressionWords, Months);

    /// <param name="monthNamed">Whether each phrase's value is the number of the month it names, as the years stage read it
    /// from the phrase's characters before.</param>
    private static void AssertSame(Gen<string> texts, Regex pattern, Func<string, List<TimePhrase>> read, int atLeast, bool monthNamed = false)
    {
        var found = 0;
        texts.Sample(text =>
        {
            var expected = pattern.Matches(text).Select(m => (m.Index, m.Length)).ToArray();
            var phrases = read(text);
            var actual = phrases.Select(p => (p.Index, p.Length)).ToArray();
            if (monthNamed) Assert.All(phrases, p => Assert.Equal(Months.NumberIn(text.AsSpan(p.Index, p.Length)), p.Value));
            Assert.True(expected.SequenceEqual(actual), $"{string.Join(' ', text.Select(c => ((int)c).ToString("x")))}: [{text}]");
            Interlocked.Add(ref found, expected.Length);
        }, iter: 200_000);
        Assert.True(found > atLeast, $"found {found}");
    }

    [Fact]
    public void Relative_years_are_those_the_pattern_found() => AssertSame(RelativeTexts, Relative, text => Phrases.RelativeYears(OneSentenceTokens.Of(text)), 500);

    [Fact]
    public void Days_and_months_are_those_the_pattern_found() => AssertSame(DayTexts, DayOrMonth, text => Phrases.DaysOrMonths(OneSentenceTokens.Of(text)), 20_000, monthNamed: true);

    [Fact]
    public void Years_ago_are_those_the_pattern_found() => AssertSame(AgoTexts, YearsAgo, text => Phrases.YearsAgo(OneSentenceTokens.Of(text)), 150);

    [Fact]
    public void Gap_expressions_are_those_the_pattern_found() => AssertSame(GapTexts, Gaps, text => GapReader.Phrases(OneSentenceTokens.Of(text)), 5_000, monthNamed: true);

    [Fact]
    public void Years_ago_count_back_as_the_pattern_read_them()
    {
        var tokens = OneSentenceTokens.Of("Two decades ago and 15 years ago, not 123 years ago; a year ago.");
        Assert.Equal([-20, -15, -1], Phrases.YearsAgo(tokens).Select(p => p.Value));
    }

    [Fact]
    public void Relative_years_stand_from_the_reference_year()
    {
        var tokens = OneSentenceTokens.Of("Last year, next fiscal year, this year, the coming year and the first half of the year.");
        Assert.Equal([-1, 1, 0, 1, 0], Phrases.RelativeYears(tokens).Select(p => p.Value));
    }
}
