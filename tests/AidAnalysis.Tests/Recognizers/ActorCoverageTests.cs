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

    [Fact]
    public void An_embassy_keeps_the_capital_it_is_posted_to()
    {
        var actor = Assert.Single(TestSupport.Analyze("The Danish Embassy in Nairobi said it would send 300 tents.").Actors, a => a.Name.Contains("Embassy"));
        Assert.Equal("Danish Embassy in Nairobi", actor.Name);
        Assert.Equal("Denmark", actor.Affiliation);
    }

    [Theory]
    [InlineData("The Danish embassy said it would send 300 tents.", "Danish embassy", "Denmark")]
    [InlineData("The Chilean navy said it would dispatch a ship.", "Chilean navy", "Chile")]
    public void A_state_before_a_lower_case_mission_or_force_owns_it(string text, string name, string state)
    {
        var actor = Assert.Single(TestSupport.Analyze(text).Actors, a => a.Name.EndsWith(name.Split(' ')[1], StringComparison.Ordinal));
        Assert.Equal(ActorKind.Organization, actor.Kind);
        Assert.Equal(state, actor.Affiliation);
    }

    [Fact]
    public void A_role_owned_by_a_named_organisation_takes_the_organisation_not_the_state_in_its_name()
    {
        var person = Assert.Single(TestSupport.Analyze("\"Stocks are low,\" said Mara Lind, the Kenya Red Cross's head of logistics.").Actors, a => a.Name == "Mara Lind");
        Assert.Equal("Kenya Red Cross", person.Affiliation);
    }

    [Theory]
    [InlineData("Tomas Rehn, who leads the IMF staff mission to Lorvane, said the review was complete.", "Tomas Rehn", "International Monetary Fund")]
    [InlineData("\"Seed is short,\" said Ines Varga, who heads Oxfam in the region.", "Ines Varga", "Oxfam")]
    public void A_name_with_a_relative_clause_of_leading_takes_the_led_organisation(string text, string name, string organisation)
    {
        var person = Assert.Single(TestSupport.Analyze(text).Actors, a => a.Name == name);
        Assert.Equal(organisation, person.Affiliation);
    }

    [Fact]
    public void A_state_name_that_opens_a_currency_name_is_no_actor()
    {
        var actors = TestSupport.Analyze("The kwacha fell against the US dollar, and Norway sent seed to Malawi.").Actors;
        Assert.DoesNotContain(actors, a => a.Name == "United States");
        Assert.Contains(actors, a => a.Name == "Norway");
    }
}
