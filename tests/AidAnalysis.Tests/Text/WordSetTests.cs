using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Text;

/// <summary>A word set answers as its comparer does; its prefilter only spares lookups.</summary>
public class WordSetTests
{
    [Fact]
    public void A_case_blind_set_finds_a_word_in_any_case()
    {
        var set = new WordSet(["grantor", "Levy"]);
        Assert.True(set.Contains("GRANTOR".AsSpan()));
        Assert.True(set.Contains("levy".AsSpan()));
        Assert.False(set.Contains("grant".AsSpan()));
        Assert.False(set.Contains("".AsSpan()));
    }

    [Fact]
    public void An_ordinal_set_finds_a_word_only_as_written()
    {
        var set = TextPatterns.SpanWordSet(["Treasurer"], ["quartermaster"]);
        Assert.True(set.Contains("Treasurer".AsSpan()));
        Assert.True(set.Contains("quartermaster".AsSpan()));
        Assert.False(set.Contains("treasurer".AsSpan()));
        Assert.False(set.Contains("Quartermaster".AsSpan()));
    }
}
