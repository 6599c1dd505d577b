using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>Actors the gazetteer and the name patterns used to miss or misread: typographic apostrophes, armed forces,
/// national news agencies, national Red Cross societies and legislatures, and an acronym defined after a possessive name.</summary>
public class ActorCoverageTests
{
    [Fact]
    public void A_typographic_apostrophe_matches_the_gazetteer_name_and_keeps_the_offsets()
    {
        const string text = "The UN Children\u2019s Fund said 3,200 pupils in Lorvane lacked books.";
        var actor = Assert.Single(TestSupport.Analyze(text).Actors, a => a.Name == "UNICEF");
        var mention = Assert.Single(actor.Mentions);
        Assert.Equal("UN Children\u2019s Fund", text[mention.Start..mention.End]);
    }

    [Fact]
    public void An_acronym_after_a_possessive_name_is_defined_by_the_whole_name()
    {
        var actors = TestSupport.Analyze("The UN Children's Fund (UNICEF) said 3,200 pupils lacked books. UNICEF sent tents.").Actors;
        Assert.DoesNotContain(actors, a => a.Name == "Fund");
    }

    [Theory]
    [InlineData("The Royal Norland Air Force flew tents to the coast on Monday.", "Royal Norland Air Force")]
    [InlineData("The Australian Defence Force sent a supply ship on Monday.", "Australian Defence Force")]
    public void An_armed_force_named_with_force_is_an_organisation(string text, string name)
    {
        var actor = Assert.Single(TestSupport.Analyze(text).Actors, a => a.Name == name);
        Assert.Equal(ActorKind.Organization, actor.Kind);
    }

    [Fact]
    public void A_national_news_agency_is_an_outlet()
    {
        var actor = Assert.Single(TestSupport.Analyze("Rescuers reached the valley on Monday, Kyodo reported.").Actors, a => a.Name == "Kyodo News");
        Assert.Equal(ActorKind.Organization, actor.Kind);
    }

    [Theory]
    [InlineData("The Kenya Red Cross sent 40 tents to Garissa.", "Kenya Red Cross", "Kenya")]
    [InlineData("The Kenya Red Cross Society sent 40 tents to Garissa.", "Kenya Red Cross Society", "Kenya")]
    [InlineData("Lawmakers of the Nepali Congress met on Monday.", "Nepali Congress", "Nepal")]
    public void A_state_before_a_shared_short_name_names_its_own_body(string text, string name, string state)
    {
        var actors = TestSupport.Analyze(text).Actors;
        var actor = Assert.Single(actors, a => a.Name == name);
        Assert.Equal(state, actor.Affiliation);
        Assert.DoesNotContain(actors, a => a.Name is "International Committee of the Red Cross" or "Congress");
    }
}
