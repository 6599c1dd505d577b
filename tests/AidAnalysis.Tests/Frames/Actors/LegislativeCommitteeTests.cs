namespace AidAnalysis.Tests.Frames.Actors;

/// <summary>A committee whose name opens with a chamber or a legislature's portfolio is its state's body; another committee
/// is no state's.</summary>
public class LegislativeCommitteeTests
{
    private const string Story = "Moldova announced new relief on Monday. Moldova said the roads were open.\n\n";

    [Theory]
    [InlineData("The Finance Committee approved the transfer on Tuesday.", "Finance Committee")]
    [InlineData("The House Appropriations Committee approved the transfer on Tuesday.", "House Appropriations Committee")]
    [InlineData("The International Development Committee approved the transfer on Tuesday.", "International Development Committee")]
    public void A_legislatures_committee_serves_the_state_the_article_is_about(string sentence, string name) =>
        Assert.Equal("Moldova", TestSupport.Analyze(Story + sentence + "\n").Actors.Single(a => a.Name == name).Affiliation);

    [Fact]
    public void Another_committee_is_no_states()
    {
        var actors = TestSupport.Analyze(Story + "The Famine Review Committee said 300 villages were at risk.\n").Actors;
        Assert.Null(actors.Single(a => a.Name == "Famine Review Committee").Affiliation);
    }

    [Fact]
    public void A_committee_in_a_sentence_naming_another_state_is_not_guessed_the_home_states()
    {
        var actors = TestSupport.Analyze(Story + "Latvia will receive $30 million in aid from Norway, the Senate Foreign Relations Committee said on Tuesday.\n").Actors;
        Assert.Null(actors.Single(a => a.Name == "Senate Foreign Relations Committee").Affiliation);
    }
}
