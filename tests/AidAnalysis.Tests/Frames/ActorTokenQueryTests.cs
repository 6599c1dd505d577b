using AidAnalysis.Frames;

namespace AidAnalysis.Tests.Frames;

/// <summary>The token questions of the actor and aid-item stages, asked of invented sentences.</summary>
public class ActorTokenQueryTests
{
    private static (string Word, int Position) WordBefore(string text, string before)
    {
        var tokens = TestSupport.Process(text).Tokens;
        var position = text.IndexOf(before, StringComparison.Ordinal);
        var word = tokens.WordBeforeAcrossCommas(ref position).ToString();
        return (word, position);
    }

    [Theory]
    [InlineData("They met in Port-au-Prince, Freedonia, on Monday.", "Freedonia", "Port-au-Prince")]
    [InlineData("Aid went to the St.Anne district.", "district", "St.Anne")]
    [InlineData("Refugees fled to , Freedonia.", "Freedonia", "to")]
    [InlineData("Aid reached 1,500 Freedonians.", "Freedonians", "")]
    [InlineData("He said \"now\" Freedonia agreed.", "Freedonia", "")]
    public void The_word_before_crosses_spaces_and_commas_and_joins_full_stops_and_hyphens(string text, string before, string expected) =>
        Assert.Equal(expected, WordBefore(text, before).Word);

    [Fact]
    public void A_line_break_stops_the_word_before()
    {
        Assert.Equal("", WordBefore("Aid went to\nFreedonia.", "Freedonia").Word);
    }

    [Fact]
    public void The_position_moves_to_the_start_of_the_word_before()
    {
        var text = "Aid went to Lower-Freedonia.";
        Assert.Equal((text.IndexOf("Lower", StringComparison.Ordinal)), WordBefore(text, ".").Position);
    }

    [Fact]
    public void A_state_after_a_city_and_a_comma_is_a_place_only()
    {
        var actors = TestSupport.Process("The talks were held in Lisbon, Portugal. Japan pledged $5 million.").Actors;
        Assert.DoesNotContain(actors, a => a.Name == "Portugal");
        Assert.Contains(actors, a => a.Name == "Japan");
    }
}
