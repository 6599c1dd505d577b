using AidAnalysis.Recognizers;
using AidAnalysis.Recognizers.Money;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>When a grouped pattern searches its required literals: always, or only until the pattern is built. The
/// pattern here is given a literal that not every match holds, so that the search shows in what the scan finds.</summary>
public class GroupedPatternTests
{
    /// <summary>"lakh" holds no "illion": the literal is required of only some matches.</summary>
    private const string Pattern = @"\b[0-9]+ (?:million|billion|lakh)\b";

    [Fact]
    public void Required_literals_are_searched_in_every_text_by_default()
    {
        var pattern = new GroupedPattern(Pattern, ["illion"]);
        Assert.Single(pattern.Bounds("7 million"));
        Assert.Empty(pattern.Bounds("3 lakh"));
    }

    [Fact]
    public void Required_until_built_skips_texts_without_a_literal_only_before_the_pattern_is_built()
    {
        var pattern = new GroupedPattern(Pattern, ["illion"], requiredUntilBuilt: true);
        // Not built yet: a text without the literal is skipped, though the pattern would match in it.
        Assert.Empty(pattern.Bounds("3 lakh"));
        // A text with the literal builds the pattern ...
        Assert.Single(pattern.Bounds("7 million"));
        // ... after which every text is scanned, the search spared.
        Assert.Single(pattern.Bounds("3 lakh"));
    }

    [Fact]
    public void Anchored_pattern_skips_a_text_without_an_anchor_and_finds_the_rest()
    {
        var pattern = new GroupedPattern(Pattern, new MatchAnchors(["illion"], 1, 1));
        Assert.Empty(pattern.Bounds("no amount here"));
        Assert.Equal([(0, 9), (14, 9)], pattern.Bounds("7 million and 8 billion"));
    }
}
