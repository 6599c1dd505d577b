using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>People introduced by titles with complements and by appositions, and words that look like names and are not.</summary>
public class ActorRuleTests
{
    private static IReadOnlyList<Actor> Actors(string text) =>
        TestSupport.Analyze(text).Actors;

    [Fact]
    public void A_title_with_a_long_complement_then_a_comma_names_the_person_after_it()
    {
        var person = Actors("The Minister for Humanitarian Affairs and Disaster Relief, Anna Berg, said the camps were full.")
            .Single(a => a.Kind == ActorKind.Person);
        Assert.Equal("Anna Berg", person.Name);
        Assert.StartsWith("Minister for Humanitarian Affairs", person.Role);
    }

    /// <summary>Ranks below a ministry's head are whole titles: no word of one is read as a name of its own.</summary>
    [Theory]
    [InlineData("\"The wells must reopen before the dry season,\" said Deputy Assistant Secretary Mara Quell.", "Mara Quell", "Deputy Assistant Secretary")]
    [InlineData("Under Secretary Tovi Rask told reporters the convoy had arrived.", "Tovi Rask", "Under Secretary")]
    public void A_junior_ministerial_rank_before_a_name_is_one_title(string text, string name, string role)
    {
        var analysis = TestSupport.Analyze(text);
        var person = Assert.Single(analysis.Actors, a => a.Kind == ActorKind.Person);
        Assert.Equal((name, role), (person.Name, person.Role));
        Assert.Equal(name, Assert.Single(analysis.Claims).Speaker);
    }

    /// <summary>A place or portfolio word ends a title's complement: the capitalised word after it opens the name, whatever the
    /// given name is; a word that continues the portfolio or the place's name stays in the title. Cabinet, principal and UN
    /// coordinating offices are whole titles (titles.txt): no word of one is cut off.</summary>
    [Theory]
    [InlineData("Ambassador to Kenya Tsegaye Alemu thanked the donors for the grain.", "Tsegaye Alemu", "Ambassador to Kenya")]
    [InlineData("The clinics, said Minister for Health Nkechi Obi, would open in May.", "Nkechi Obi", "Minister for Health")]
    [InlineData("The shipment was welcomed by Country Director for Peru Ilse Marquand on Friday.", "Ilse Marquand", "Country Director for Peru")]
    [InlineData("Minister of Finance Tran Van Hoa signed the loan agreement.", "Tran Van Hoa", "Minister of Finance")]
    [InlineData("Minister for Development Cooperation Ilse Marquand signed the grant.", "Ilse Marquand", "Minister for Development Cooperation")]
    [InlineData("Ambassador to South Sudan Tsegaye Alemu opened the depot.", "Tsegaye Alemu", "Ambassador to South Sudan")]
    [InlineData("Chief Cabinet Secretary Taro Ishida told reporters the grant was approved.", "Taro Ishida", "Chief Cabinet Secretary")]
    [InlineData("The maize, according to Principal Secretary Wanjiku Otieno, reached the camps.", "Wanjiku Otieno", "Principal Secretary")]
    [InlineData("The appeal was launched by Emergency Relief Coordinator Ilse Marquand in Geneva.", "Ilse Marquand", "Emergency Relief Coordinator")]
    [InlineData("Senior Minister of State Ravi Menon said the pledge would rise.", "Ravi Menon", "Senior Minister of State")]
    [InlineData("Minister of State Ravi Menon said the pledge would rise.", "Ravi Menon", "Minister of State")]
    [InlineData("Director Ilse Marquand said the clinics would reopen.", "Ilse Marquand", "Director")]
    public void A_title_before_a_name_is_read_whole(string text, string name, string role)
    {
        var person = Actors(text).Single(a => a.Kind == ActorKind.Person);
        Assert.Equal((name, role), (person.Name, person.Role));
    }

    [Fact]
    public void An_apposition_with_a_demonym_gives_the_persons_own_state_not_the_host()
    {
        var person = Actors("Lin Wei, the Chinese ambassador to Chile, opened the fair in Santiago. He said the tents would arrive soon.")
            .Single(a => a.Kind == ActorKind.Person);
        Assert.Equal("Lin Wei", person.Name);
        Assert.Equal("China", person.Affiliation);
    }

    [Theory]
    [InlineData("Ali Hassan, also Minister of Cultural Affairs, told the crowd the aid was ready.", "Affairs")]
    [InlineData("The Secretary of Humanitarian Development visited the camp.", "Development")]
    public void A_portfolio_word_after_a_title_is_not_a_person(string text, string notAPerson) =>
        Assert.DoesNotContain(Actors(text), a => a.Kind == ActorKind.Person && a.Name == notAPerson);

    /// <summary>A region or country between a title and a job noun is the holder's beat, not a person's name.</summary>
    [Theory]
    [InlineData("\"Rates will stay high,\" said Tomas Verlind, chief Latin America strategist at Harbour Ridge Partners. \"Budgets are tight.\"", "Latin America")]
    [InlineData("\"The rains failed again,\" said Oria Pell, director Middle East programmes at a seed charity. \"Stocks are low.\"", "Middle East")]
    public void A_region_after_a_title_is_not_a_person(string text, string region)
    {
        var analysis = TestSupport.Analyze(text);
        Assert.DoesNotContain(analysis.Actors, a => a.Kind == ActorKind.Person && a.Name == region);
        Assert.DoesNotContain(analysis.Claims, c => c.Speaker == region);
    }

    [Fact]
    public void A_coordinated_list_with_an_organisation_keeps_every_member()
    {
        var names = Actors("UNICEF, Norvale, Brightwater and the World Bank pledged new funds on Monday.").Select(a => a.Name).ToList();
        Assert.Contains("Norvale", names);
        Assert.Contains("Brightwater", names);
    }

    [Fact]
    public void Names_after_companies_like_are_organisations()
    {
        var organisations = Actors("Other companies like Norvale, Brightwater and Kestrel have also donated.")
            .Where(a => a.Kind == ActorKind.Organization).Select(a => a.Name).ToList();
        Assert.Equal(["Norvale", "Brightwater", "Kestrel"], organisations);
    }

    [Fact]
    public void A_list_of_places_is_not_a_list_of_actors()
    {
        var names = Actors("The funds will support relief in Chad, Colombia, the Democratic Republic of Arland (DRA), Haiti, Niger and Somalia.")
            .Select(a => a.Name).ToList();
        Assert.DoesNotContain("Haiti", names);
        Assert.DoesNotContain("Somalia", names);
    }

    [Fact]
    public void A_company_before_a_corporate_title_is_the_persons_organisation()
    {
        var actors = Actors("On Friday, Norvale CEO Maria Lopez wrote that the firm would give $2 million in tents.");
        Assert.Contains(actors, a => a.Name == "Norvale" && a.Kind == ActorKind.Organization);
        Assert.Equal("Norvale", actors.Single(a => a.Name == "Maria Lopez").Affiliation);
    }

    [Fact]
    public void A_party_or_the_reporting_news_agency_has_no_state_affiliation()
    {
        var actors = Actors("KUWAIT, May 3 (Kuwait News Agency) -- Germany's CDU said the budget was too small.");
        Assert.All(actors.Where(a => a.Kind == ActorKind.Organization), a => Assert.Null(a.Affiliation));
    }

    [Fact]
    public void A_state_before_and_belongs_to_the_first_title_not_the_second()
    {
        var actors = Actors("Philippine officials welcomed the grant. Japanese Ambassador Kenji Sato and Secretary of Foreign Affairs Ramon Cruz opened the clinic.");
        Assert.Equal("Japan", actors.Single(a => a.Name == "Kenji Sato").Affiliation);
        Assert.Equal("Philippines", actors.Single(a => a.Name == "Ramon Cruz").Affiliation);
    }

    [Fact]
    public void The_head_of_a_states_body_belongs_to_that_state()
    {
        var person = Actors("The envoy later met the Head of Libya's Presidential Council, Dr Omar Salem, in Tripoli.")
            .Single(a => a.Kind == ActorKind.Person);
        Assert.Equal("Omar Salem", person.Name);
        Assert.Equal("Libya", person.Affiliation);
    }

    [Theory]
    [InlineData("Meanwhile, teams from the Red Cross are on the ground.", "Meanwhile")]
    [InlineData("Luckily, two of the largest firms in the region have pledged help.", "Luckily")]
    public void A_sentence_adverb_before_a_comma_is_not_a_person(string text, string notAPerson) =>
        Assert.DoesNotContain(Actors(text), a => a.Name == notAPerson);

    [Theory]
    [InlineData("Separately, Norway pledged 40 million euros to Sudan.", "Norway")]
    [InlineData("Additionally, Japan will send tents to Chad.", "Japan")]
    [InlineData("Previously, the World Bank had lent Ostravia $300 million.", "World Bank")]
    [InlineData("Meanwhile, Germany said it would send generators.", "Germany")]
    public void A_state_or_body_after_a_sentence_adverb_and_a_comma_is_an_actor(string text, string actor) =>
        Assert.Contains(Actors(text), a => a.Name == actor);

    [Fact]
    public void A_name_closing_a_parenthetical_before_a_verb_is_a_person()
    {
        var names = Actors("The commissioner for water, Hajia Zainab Okoro Lawal, disclosed this on Friday. Lawal said the wells were dry.")
            .Where(a => a.Kind == ActorKind.Person).Select(a => a.Name).ToList();
        Assert.Equal(["Zainab Okoro Lawal"], names);
    }

    [Fact]
    public void A_name_may_end_in_a_lower_case_particle_and_surname()
    {
        var names = Actors("The talks between Deputy Foreign Minister Walid al-Karimi and the envoy went well.").Select(a => a.Name).ToList();
        Assert.Contains("Walid al-Karimi", names);
    }

    [Theory]
    [InlineData("The Norwegian Government will send tents, Norway's envoy said.")]
    [InlineData("The Government of Norway will send tents, Norway's envoy said.")]
    public void A_states_government_is_the_state(string text)
    {
        var actors = Actors(text);
        Assert.Contains(actors, a => a.Name == "Norway" && a.Kind == ActorKind.Country);
        Assert.DoesNotContain(actors, a => a.Kind == ActorKind.Organization && a.Name.Contains("Government", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_case_heading_does_not_run_into_the_next_line()
    {
        var names = Actors("Help Moldova Rebuild Over the Long-Term\nThe Ministry of Energy will repair the grid.").Select(a => a.Name).ToList();
        Assert.Contains("Ministry of Energy", names);
        Assert.DoesNotContain(names, n => n.Contains("Long-Term", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_name_joined_to_a_persons_name_is_a_person()
    {
        var people = Actors("Arno Velt and Charles Dunmore, advisers to the minister, briefed reporters.")
            .Where(a => a.Kind == ActorKind.Person).Select(a => a.Name).ToList();
        Assert.Contains("Arno Velt", people);
        Assert.Contains("Charles Dunmore", people);
    }

    [Fact]
    public void A_states_army_is_an_organisation_of_that_state()
    {
        var army = Actors("Fighting between the Sudanese army and a local militia spread to two towns.").Single(a => a.Name == "Sudanese army");
        Assert.Equal(ActorKind.Organization, army.Kind);
        Assert.Equal("Sudan", army.Affiliation);
    }

    [Fact]
    public void An_envoy_for_a_state_serves_there_and_belongs_to_the_state_before_the_title()
    {
        var envoy = Actors("The minister met the US special envoy for Chad, Mark Delaney, on Friday.").Single(a => a.Kind == ActorKind.Person);
        Assert.Equal("Mark Delaney", envoy.Name);
        Assert.Equal("United States", envoy.Affiliation);
    }

    [Fact]
    public void A_lower_case_title_needs_a_full_name_after_it()
    {
        var names = Actors("He met finance minister Amina Rahman Khan on Tuesday, but the minister Tuesday declined.").Select(a => a.Name).ToList();
        Assert.Contains("Amina Rahman Khan", names);
        Assert.DoesNotContain("Tuesday", names);
    }

    [Fact]
    public void A_name_the_gazetteer_knows_keeps_the_gazetteers_affiliation()
    {
        var fund = Actors("Norway gave $4 million to the UN Population Fund (UNFPA) for clinics.").Single(a => a.Name == "UN Population Fund");
        Assert.Equal("United Nations", fund.Affiliation);
    }

    [Fact]
    public void A_headline_running_words_into_a_name_yields_to_the_body_name()
    {
        var article = Article.FromText("Norway Matches $30M Aid for Gaza Relief Foundation\n\nThe Gaza Relief Foundation runs four sites.",
            new ArticleMetadata(Title: "Norway Matches $30M Aid for Gaza Relief Foundation"), "t.txt");
        var names = TestSupport.Pipeline.Analyze(article).Actors.Select(a => a.Name).ToList();
        Assert.Contains("Gaza Relief Foundation", names);
        Assert.DoesNotContain(names, n => n.StartsWith("Aid", StringComparison.Ordinal) || n.StartsWith("M ", StringComparison.Ordinal));
    }
}
