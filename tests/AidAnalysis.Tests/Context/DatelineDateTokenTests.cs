using System.Text.RegularExpressions;
using AidAnalysis.Context;
using AidAnalysis.Lexicons;
using AidAnalysis.Tests.Recognizers;
using CsCheck;

namespace AidAnalysis.Tests.Context;

/// <summary>The date at the top of a text, read on the token layer, is the one the character pattern it replaced read, on
/// texts made of the pieces it cared about (days, months and look-alikes, years, marks and spacing). Numbers written with
/// a separator ("3.5", "1,5") are left out: the pattern could start a day inside one, the token layer reads one number.</summary>
public partial class DatelineDateTokenTests
{
    private static readonly string[] Pieces =
    [
        "3", "12", "123", "31", "29", "2021", "1999", "2024", "1899", "20215", "March", "Sept.", "Sept", "Feb", "February", "Monday", "march",
        "MARCH", "Gate", " ", " ", " ", "  ", "\n", "\t", ", ", ". ", "-", "03", "13", "2021-03-03", "x", "_", "(", ")",
    ];

    [GeneratedRegex(@"\b(?:(?<d1>[0-9]{1,2})\s(?<m1>\p{Lu}\p{L}*)\.?,?\s(?<y1>(?:19|20)[0-9][0-9])|(?<m2>\p{Lu}\p{L}*)\.?\s(?<d2>[0-9]{1,2}),?\s(?<y2>(?:19|20)[0-9][0-9])|(?<y3>(?:19|20)[0-9][0-9])-(?<m3>[0-9][0-9])-(?<d3>[0-9][0-9]))\b", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineDatePattern { get; }

    [Fact]
    public void Dates_are_those_the_character_pattern_read()
    {
        var lexicon = Lexicon.Default;
        Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 16].Select(string.Concat).Sample(text =>
            Assert.Equal(Searched(text, lexicon), DocumentContextDateline.Read(OneSentenceTokens.Of(text), lexicon)), iter: 50_000);
    }

    [Theory]
    [InlineData("KYIV, Sept. 3, 2031 - Aid arrived.", 2031, 9, 3)]
    [InlineData("Gate 7, 2040 plan\n\n12 March 2039\n\nWorks resume.", 2039, 3, 12)]
    [InlineData("Filed 2031-02-28 in Oslo", 2031, 2, 28)]
    public void The_first_date_near_the_top_is_read(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), DocumentContextDateline.Read(OneSentenceTokens.Of(text), Lexicon.Default));

    /// <summary>The context stage's date as the pattern read it.</summary>
    private static DateOnly? Searched(string text, Lexicon lexicon)
    {
        var top = text.Length > 400 ? text[..400] : text;
        var m = DatelineDatePattern.Match(top);
        while (m.Success && !m.Groups["y3"].Success && lexicon.Months.NumberOf((m.Groups["y1"].Success ? m.Groups["m1"] : m.Groups["m2"]).ValueSpan) == 0)
            m = DatelineDatePattern.Match(top, m.Index + 1);
        if (!m.Success) return null;
        var (day, month, year) = m.Groups["y1"].Success ? (m.Groups["d1"].Value, m.Groups["m1"].Value, m.Groups["y1"].Value)
            : m.Groups["y2"].Success ? (m.Groups["d2"].Value, m.Groups["m2"].Value, m.Groups["y2"].Value)
            : (m.Groups["d3"].Value, m.Groups["m3"].Value, m.Groups["y3"].Value);
        var monthNumber = int.TryParse(month, out var n) ? n : lexicon.Months.NumberOf(month);
        return monthNumber is >= 1 and <= 12 && int.TryParse(day, out var d) && d >= 1 && d <= DateTime.DaysInMonth(int.Parse(year), monthNumber)
            ? new DateOnly(int.Parse(year), monthNumber, d) : null;
    }
}
