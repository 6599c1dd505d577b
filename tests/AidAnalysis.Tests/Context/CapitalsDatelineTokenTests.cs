using System.Text.RegularExpressions;
using AidAnalysis.Context;
using AidAnalysis.Model;
using AidAnalysis.Tests.Recognizers;
using CsCheck;

namespace AidAnalysis.Tests.Context;

/// <summary>The capitals dateline, read on the token layer, is the one the character pattern it replaced read (the funding
/// frame's), and its place is written as a title as that frame wrote it, on texts made of the pieces the pattern cared about
/// (places in capitals, commas, phrases, credits, dashes, colons, spacing); the test counts the datelines of each kind, so a
/// generator that stopped producing them would fail rather than pass.</summary>
public partial class CapitalsDatelineTokenTests
{
    private static readonly string[] Places =
        ["OSLOVIA", "PORT", "ST.", "N’DJAMENA", "AB", "THE HAGUE", "NORTH/SOUTH", "X", "Oslovia", "PORT-AU-PRINCE", "O'NEAL", "ÅLAND", "AB1"];

    private static readonly string[] Joints = [" ", " ", "", "-", "  ", "\t", "/"];

    private static readonly string[] Rest =
        [", ", ", ", ",", " ", " ", "\t", "May 26", "3 May 2031", "Freedonia", "1,500", "(AP)", "(Newswire Agency)", "(A Very Long Credit Name Here)",
         "(", ")", " - ", " - ", "-", "--", " -- ", "—", " — ", "–", ":", ": ", "x", "The", "said", "\n", "HALL", "  "];

    [GeneratedRegex(@"^\p{Lu}{2}[\p{Lu} .'’/-]{0,30}(?:,\s[^,\n]{1,30})?(?:\s\([^()\n]{1,20}\))?\s?(?:--|—|–|-|:)\s", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineOpening { get; }

    /// <summary>The funding frame's former reading of the place: up to a comma, slash, colon or bracket, trimmed of spaces
    /// and dashes, each word written as a title.</summary>
    private static string SeatInCapitals(ReadOnlySpan<char> dateline)
    {
        var end = dateline.IndexOfAny(",/:(");
        var place = (end < 0 ? dateline : dateline[..end]).Trim(" -–—").ToString();
        return string.Join(' ', place.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[0] + w[1..].ToLowerInvariant()));
    }

    [Fact]
    public void Datelines_and_their_places_are_those_the_character_pattern_read()
    {
        int datelines = 0, phrases = 0, credits = 0, colons = 0, places = 0;
        var place = Gen.Select(Gen.Int[0, Places.Length - 1], Gen.Int[0, Joints.Length - 1]).Select(p => Places[p.Item1] + Joints[p.Item2])
            .Array[1, 3].Select(string.Concat);
        var rest = Gen.Int[0, Rest.Length - 1].Select(i => Rest[i]).Array[0, 9].Select(string.Concat);
        Gen.Select(place, rest).Sample((opening, tail) =>
        {
            var text = opening + tail;
            var paragraph = new Span(0, text.Length);
            var window = text.AsSpan(0, Math.Min(80, text.Length));
            var m = DatelineOpening.Match(window.ToString());
            var read = CapitalsDateline.Read(OneSentenceTokens.Of(text), paragraph);
            Assert.Equal(m.Success ? m.Length : 0, read.Length);
            if (!m.Success) return;
            Interlocked.Increment(ref datelines);
            if (m.Value.Contains(", ", StringComparison.Ordinal)) Interlocked.Increment(ref phrases);
            if (m.Value.Contains('(')) Interlocked.Increment(ref credits);
            if (m.Value.TrimEnd().EndsWith(':')) Interlocked.Increment(ref colons);
            var old = SeatInCapitals(m.Value);
            var titled = DatelineReader.TitledPlace(OneSentenceTokens.Of(text), read);
            if (titled is null) Assert.Contains(old, c => char.IsWhiteSpace(c) && c != ' ');
            else
            {
                Assert.Equal(old, titled);
                Interlocked.Increment(ref places);
            }
        }, iter: 200_000);
        Assert.True(datelines > 20_000 && phrases > 2_000 && credits > 1_000 && colons > 1_000 && places > 10_000,
            $"datelines {datelines}, with a phrase {phrases}, with a credit {credits}, with a colon {colons}, places {places}");
    }

    [Theory]
    [InlineData("MANILA, Freedonia - The fund will open.", "MANILA, Freedonia - ", "Manila")]
    [InlineData("KARACHI: The fund will open.", "KARACHI: ", "Karachi")]
    [InlineData("NORTH/SOUTH, 3 May (Newswire) -- The fund will open.", "NORTH/SOUTH, 3 May (Newswire) -- ", "North")]
    [InlineData("THE HAGUE - A - The fund will open.", "THE HAGUE - A - ", "The Hague - A")]
    [InlineData("Manila, Freedonia - The fund will open.", "", null)]
    public void A_capitals_dateline_and_its_place(string text, string dateline, string? place)
    {
        var tokens = OneSentenceTokens.Of(text);
        var read = CapitalsDateline.Read(tokens, new Span(0, text.Length));
        Assert.Equal(dateline, text[read.Start..read.End]);
        if (read.Length > 0) Assert.Equal(place, DatelineReader.TitledPlace(tokens, read));
    }
}
