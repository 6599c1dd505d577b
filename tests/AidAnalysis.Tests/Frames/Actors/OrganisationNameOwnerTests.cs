namespace AidAnalysis.Tests.Frames.Actors;

/// <summary>What an organisation's own name says of whose it is: a fund a state's name opens serves that state and is not its
/// body; a "National ... Authority" is a state's arm even where the text names no state beside it; a regional body named with a
/// demonym belongs to no state, and the EU's instruments and institutions (from the gazetteer) are the EU's.</summary>
public class OrganisationNameOwnerTests
{
    [Fact]
    public void A_fund_named_for_a_state_is_not_that_states_body()
    {
        var actors = TestSupport.Analyze("Donors paid $4 million into the Moldova Harvest Recovery Fund, the Oxfam office said on Monday.").Actors;
        Assert.Null(actors.Single(a => a.Name == "Moldova Harvest Recovery Fund").Affiliation);
    }

    [Fact]
    public void A_national_agency_named_without_a_state_serves_the_state_the_article_is_about()
    {
        var actors = TestSupport.Analyze("Moldova announced new relief on Monday. Moldova said the roads were open.\n\n" +
                                         "The National Flood Management Authority said 300 homes were flooded.\n").Actors;
        Assert.Equal("Moldova", actors.Single(a => a.Name == "National Flood Management Authority").Affiliation);
    }

    [Fact]
    public void An_office_named_without_a_state_is_the_state_the_article_is_about()
    {
        var actors = TestSupport.Analyze("Moldova announced new relief on Monday. Moldova said the roads were open.\n\n" +
                                         "The Foreign Office said 300 tents would follow.\n").Actors;
        Assert.Equal("Moldova", actors.Single(a => a.Name == "Foreign Office").Affiliation);
    }

    [Theory]
    [InlineData("The Inter-American Development Bank approved a $40 million loan to Moldova on Monday.", "Inter-American Development Bank", null)]
    [InlineData("Moldova will receive €20 million from the European Peace Facility, officials said.", "European Peace Facility", "European Union")]
    [InlineData("The European Parliament voted on Tuesday to release €30 million for Moldova.", "European Parliament", "European Union")]
    [InlineData("Moldova's debt fell last year, Eurostat said on Monday.", "Eurostat", "European Union")]
    [InlineData("The European Council agreed on Thursday to extend the aid to Moldova.", "European Council", "European Union")]
    public void A_listed_body_takes_its_listed_owner_not_a_demonym_in_its_name(string text, string name, string? owner) =>
        Assert.Equal(owner, TestSupport.Analyze(text).Actors.Single(a => a.Name == name).Affiliation);
}
