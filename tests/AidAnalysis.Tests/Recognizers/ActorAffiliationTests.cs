using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>A person's or body's own state, read from the lexicon, the person they serve, an apposition or the
/// leaders a government is named after, and never the state being helped just because it is named nearby.</summary>
public class ActorAffiliationTests
{
    private static Actor Named(string text, string name) =>
        TestSupport.Analyze(text).Actors.Single(a => a.Name == name);

    [Fact]
    public void A_known_office_holder_belongs_to_their_own_state_not_the_state_being_helped()
    {
        const string text = "Moldova will receive new aid. Moldova asked for tents, and Moldova thanked donors. " +
                            "President Joe Biden said the tents would ship to Moldova next week.";
        Assert.Equal("United States", Named(text, "Joe Biden").Affiliation);
    }

    [Fact]
    public void An_office_holder_named_without_a_state_serves_the_state_of_the_capitals_dateline_not_the_donor()
    {
        const string title = "Norway pledges drought aid to Kenya";
        const string text = title + "\n\nNAIROBI, Kenya - Norway will give Kenya $5 million for drought relief, Norway said on Monday. " +
                            "Norway pledged the grant after talks with donors in Oslo.\n\n" +
                            "Finance Secretary Amina Odhiambo said the money would reach farmers in Kenya.\n";
        var actors = TestSupport.Pipeline.Process(Article.FromText(text, new ArticleMetadata(Title: title), "test.txt")).ToAnalysis().Actors;
        Assert.Equal("Kenya", actors.Single(a => a.Name == "Amina Odhiambo").Affiliation);
    }

    [Fact]
    public void An_office_holder_named_without_a_state_serves_the_state_of_a_credited_dateline_but_a_diplomat_his_own()
    {
        const string title = "Norway pledges drought aid to Kenya";
        const string text = title + "\n\nNairobi (Wirenews) - Norway will give Kenya $5 million for drought relief, Norway said on Monday. " +
                            "Norway pledged the grant after talks with donors in Oslo, and Norway will send experts.\n\n" +
                            "Finance Secretary Amina Odhiambo said the money would reach farmers in Kenya.\n\n" +
                            "Ambassador Lars Fjellheim said the grant was a first step.\n";
        var actors = TestSupport.Pipeline.Process(Article.FromText(text, new ArticleMetadata(Title: title), "test.txt")).ToAnalysis().Actors;
        Assert.Equal("Kenya", actors.Single(a => a.Name == "Amina Odhiambo").Affiliation);
        Assert.Equal("Norway", actors.Single(a => a.Name == "Lars Fjellheim").Affiliation);
    }

    [Fact]
    public void A_known_leaders_surname_alone_is_a_person_left_unaffiliated_without_a_title()
    {
        var person = Named("Moldova fears Putin’s next move, and sanctions keep pressure on Putin.", "Putin");
        Assert.Equal(ActorKind.Person, person.Kind);
        Assert.Null(person.Affiliation);
    }

    [Fact]
    public void A_known_leaders_surname_inside_a_compound_is_not_a_person()
    {
        var actors = TestSupport.Analyze("Moldova welcomed the Biden-Harris Administration plan.").Actors;
        Assert.DoesNotContain(actors, a => a.Kind == ActorKind.Person && a.Name == "Biden");
    }

    [Fact]
    public void The_texts_own_affiliation_wins_over_the_lexicon()
    {
        var person = Named("Philippe Lazzarini, the head of the UN Refugee Agency, said the camps were full.", "Philippe Lazzarini");
        Assert.Equal("UN Refugee Agency", person.Affiliation);
    }

    [Fact]
    public void Another_person_sharing_an_office_holders_surname_is_not_that_holder()
    {
        var actors = TestSupport.Analyze("Teresa Blinken, a farmer in Norland, said the harvest failed.").Actors;
        Assert.DoesNotContain(actors, a => a.Affiliation == "United States");
    }

    [Fact]
    public void An_envoy_of_a_known_leader_belongs_to_the_leaders_state()
    {
        const string text = "Lithuania pledged $5 million to Moldova. President Donald Trump’s special envoy Carl Brandt told lawmakers about the plan.";
        Assert.Equal("United States", Named(text, "Carl Brandt").Affiliation);
    }

    [Fact]
    public void Aides_named_in_a_pair_belong_where_the_person_they_serve_does()
    {
        const string text = "Moldova welcomed the aid. Anna Berg and Carla Lindqvist, aides to President Joe Biden, briefed lawmakers on the plan.";
        Assert.Equal("United States", Named(text, "Anna Berg").Affiliation);
        Assert.Equal("United States", Named(text, "Carla Lindqvist").Affiliation);
    }

    [Fact]
    public void An_apposition_after_the_reporting_verb_gives_the_speakers_body()
    {
        const string text = "“The money is not there,” said Jonas Weller, a member of the budget committee from the opposition CDU.";
        Assert.Equal("CDU", Named(text, "Jonas Weller").Affiliation);
    }

    [Fact]
    public void A_government_named_after_its_leaders_belongs_to_their_state()
    {
        const string text = "Aid for Moldova\n\nThe Biden-Harris Administration announced $4 million for Moldova. Moldova thanked the donors for Moldova.";
        Assert.Equal("United States", Named(text, "Biden-Harris Administration").Affiliation);
    }

    [Fact]
    public void An_administration_of_unknown_leaders_gets_no_state_from_the_rule()
    {
        var actors = TestSupport.Analyze("The Kowalski Administration announced $4 million for Moldova.").Actors;
        Assert.DoesNotContain(actors, a => a.Name.Contains("Administration") && a.Affiliation == "United States");
    }

    [Fact]
    public void An_unqualified_defense_department_is_the_united_states()
    {
        var body = TestSupport.Analyze("Moldova will get rifles. The Defense Department will send $300 million in spare parts. Moldova thanked it.")
            .Actors.Single(a => a.Kind == ActorKind.Organization);
        Assert.Equal("United States", body.Affiliation);
    }

    [Fact]
    public void A_member_of_parliament_on_a_release_line_keeps_the_role()
    {
        var person = Named("Aid for Moldova\n\nAnna Berg MP Minister for Trade\n\nToday I met officials in Moldova.", "Anna Berg");
        Assert.Equal("MP", person.Role);
    }

    [Theory]
    [InlineData("Thousands of families fled the fighting to neighbouring Chad. Sweden pledged $2 million.", "Chad")]
    [InlineData("Refugees crossed into Poland overnight, and Sweden pledged $2 million.", "Poland")]
    public void A_state_people_flee_to_is_a_place_not_an_actor(string text, string place)
    {
        var names = TestSupport.Analyze(text).Actors.Select(a => a.Name).ToList();
        Assert.DoesNotContain(place, names);
        Assert.Contains("Sweden", names);
    }

    [Fact]
    public void A_state_that_acts_after_people_flee_to_it_stays_an_actor()
    {
        var names = TestSupport.Analyze("Families fled to Chad last year. Chad asked donors for tents.").Actors.Select(a => a.Name).ToList();
        Assert.Contains("Chad", names);
    }

    [Fact]
    public void A_state_after_a_known_actor_and_a_comma_is_a_list_member_not_a_city_location()
    {
        var names = TestSupport.Analyze("Pledges came from Canada, the European Union, Japan, Korea and Brazil.").Actors.Select(a => a.Name).ToList();
        Assert.Contains("Japan", names);
    }

    [Fact]
    public void A_cited_state_news_agency_belongs_to_its_state()
    {
        const string text = "Oman sent 40 tonnes of flour to Yemen on Friday, according to the Saudi Press Agency.";
        Assert.Equal("Saudi Arabia", Named(text, "Saudi Press Agency").Affiliation);
    }

    [Fact]
    public void A_state_news_agency_credited_in_the_dateline_is_the_outlet_and_belongs_to_no_one()
    {
        const string text = "DOHA, May 4 (Qatar News Agency) -- Qatar pledged $12 million for flood victims in Chad, the ministry said.";
        Assert.Null(Named(text, "Qatar News Agency").Affiliation);
    }

    [Fact]
    public void A_body_named_in_the_role_wins_over_the_state_of_the_posting()
    {
        const string text = "\"The wells are dry,\" said Odile Fournet, the UNICEF field coordinator for Niger, on Monday.";
        Assert.Equal("UNICEF", Named(text, "Odile Fournet").Affiliation);
    }

    [Fact]
    public void A_state_named_in_the_role_stays_the_persons_own_whatever_the_posting()
    {
        const string text = "\"We will send tents,\" said Tomas Brekke, the Norwegian ambassador to Niger, on Monday.";
        Assert.Equal("Norway", Named(text, "Tomas Brekke").Affiliation);
    }

    [Fact]
    public void The_International_Development_Association_belongs_to_the_World_Bank()
    {
        const string text = "The International Development Association approved a $40 million grant for Lesotho.";
        Assert.Equal("World Bank", Named(text, "International Development Association").Affiliation);
    }

    [Theory]
    [InlineData("UNICEF Country Director for Niger, Maria Fournet, said the wells were dry.")]
    [InlineData("UNICEF Niger Country Director Maria Fournet said the wells were dry.")]
    public void A_body_named_before_a_title_wins_over_the_state_of_the_posting(string text) =>
        Assert.Equal("UNICEF", Named(text, "Maria Fournet").Affiliation);
}
