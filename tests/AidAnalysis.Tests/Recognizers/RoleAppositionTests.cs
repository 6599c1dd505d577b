using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>Roles and affiliations read from the apposition after a name: a body or state named inside a role with no
/// complement, the body an office belongs to rather than the town it is in, and no guessed home state for a job.</summary>
public class RoleAppositionTests
{
    private static Actor Named(string text, string name) =>
        TestSupport.Analyze(text).Actors.Single(a => a.Name == name);

    [Fact]
    public void A_body_named_inside_a_sentence_final_role_is_the_persons_affiliation()
    {
        var person = Named("The shelters are full, said Dagny Solberg, a WFP spokeswoman.", "Dagny Solberg");
        Assert.Equal("World Food Programme", person.Affiliation);
        Assert.Equal("WFP spokeswoman", person.Role);
    }

    [Theory]
    [InlineData("Jordan Kestrelby, a WFP spokeswoman, said the trucks had left.", "Jordan Kestrelby")]
    [InlineData("The wells are dry. Chad Ormesby, the mission's chief engineer, said the pumps would be replaced.", "Chad Ormesby")]
    public void A_place_name_opening_a_name_before_a_role_in_apposition_is_a_given_name(string text, string name)
    {
        var actors = TestSupport.Analyze(text).Actors;
        Assert.Equal(ActorKind.Person, actors.Single(a => a.Name == name).Kind);
        Assert.DoesNotContain(actors, a => a.Kind == ActorKind.Country);
    }

    [Fact]
    public void A_body_opening_a_title_in_apposition_after_a_cited_name_is_the_persons_affiliation()
    {
        var person = Named("\"The clinics need fuel,\" said Dagny Solberg, UNICEF Representative in Tavira.", "Dagny Solberg");
        Assert.Equal("UNICEF", person.Affiliation);
        Assert.Equal("Representative", person.Role);
    }

    [Fact]
    public void A_demonym_inside_a_role_before_its_complement_is_the_persons_state()
    {
        var person = Named("Sigrid Halvorsen, a former Norwegian envoy to the region, said the talks had stalled.", "Sigrid Halvorsen");
        Assert.Equal("Norway", person.Affiliation);
    }

    [Fact]
    public void A_spokesperson_for_an_agency_is_a_person_not_an_organisation()
    {
        var actors = TestSupport.Analyze("KALUNDA (Wire) — Thandiwe Mokoena, a spokesperson for the agency, said the trucks had left.").Actors;
        Assert.Contains(actors, a => a.Name == "Thandiwe Mokoena" && a.Kind == ActorKind.Person);
        Assert.DoesNotContain(actors, a => a.Name == "Thandiwe Mokoena" && a.Kind == ActorKind.Organization);
    }

    [Fact]
    public void The_head_of_a_bodys_office_in_a_town_works_for_the_body()
    {
        var person = Named("Lamine Traore, the head of the UNICEF office in Bamako, said schools had closed.", "Lamine Traore");
        Assert.Equal("UNICEF", person.Affiliation);
    }

    [Fact]
    public void A_job_without_an_office_title_takes_no_guessed_home_state()
    {
        const string text = "Kenya opened two camps. Kenya asked for tents, and Kenya thanked donors. " +
                            "The camps are full, said Wanjiru Otieno, an aid worker in the region.";
        Assert.Null(Named(text, "Wanjiru Otieno").Affiliation);
    }

    [Fact]
    public void A_farmer_in_a_village_has_no_affiliation_from_the_village()
    {
        Assert.Null(Named("\"The wells are dry,\" said Halima Yusufu, a farmer in the village of Kibwezi.", "Halima Yusufu").Affiliation);
    }

    [Fact]
    public void The_role_of_the_fund_named_before_belongs_to_that_fund()
    {
        var person = Named("The Baltic Water Fund sent 12 pumps to Kessa on Monday, Norwegian officials said. \"We will send more,\" Ilse Marjanen, the fund's director, told reporters.", "Ilse Marjanen");
        Assert.Equal("Baltic Water Fund", person.Affiliation);
    }

    [Fact]
    public void The_charitys_role_belongs_to_the_charity_named_before()
    {
        var person = Named("Save the Children opened two schools in Kessa. Ilse Marjanen, the charity's country director, said more were planned.", "Ilse Marjanen");
        Assert.Equal("Save the Children", person.Affiliation);
    }

    [Fact]
    public void A_title_whose_complement_ends_in_an_acronym_names_the_holder_after_the_comma()
    {
        var person = Named("The Director-General of the Kessa Relief Agency (KRA), Halima Sadiq Bello, said 30 trucks had left.", "Halima Sadiq Bello");
        Assert.Equal("Kessa Relief Agency", person.Affiliation);
    }

    [Fact]
    public void A_states_lower_case_commissioner_before_a_name_in_apposition_serves_that_state()
    {
        var person = Named("Kenya's refugee commissioner, Wanjiru Mbeki-Otieno, said the camps needed water.", "Wanjiru Mbeki-Otieno");
        Assert.Equal("Kenya", person.Affiliation);
    }

    [Theory]
    [InlineData("Mr Tobias Wrenfield, the head of the Lakemoor Relief Agency, said the trucks had left.", "Tobias Wrenfield", "Lakemoor Relief Agency")]
    [InlineData("The wells are dry. Dr. Imani Solvaro, a WFP engineer, thanked the donors.", "Imani Solvaro", "World Food Programme")]
    [InlineData("\"The clinics need fuel,\" said Ms Dagny Ormesby, a WFP spokeswoman.", "Dagny Ormesby", "World Food Programme")]
    [InlineData("Mrs Dagny Ormesby, who heads the Lakemoor Relief Agency, said the pumps would be replaced.", "Dagny Ormesby", "Lakemoor Relief Agency")]
    // Two titles in a row ("the Right Honourable" abbreviated): the name begins after both.
    [InlineData("Rt Hon Tobias Wrenfield, the head of the Lakemoor Relief Agency, said the trucks had left.", "Tobias Wrenfield", "Lakemoor Relief Agency")]
    [InlineData("\"The clinics need fuel,\" said Rt Hon Dagny Ormesby, a WFP spokeswoman.", "Dagny Ormesby", "World Food Programme")]
    public void A_courtesy_title_before_the_name_does_not_hide_the_role_in_apposition(string text, string name, string affiliation) =>
        Assert.Equal(affiliation, Named(text, name).Affiliation);

    [Theory]
    [InlineData("The trucks left. Mr Tobias Wrenfield, 54, said the road was open.", "Tobias Wrenfield")]
    [InlineData("The trucks left, Dr Imani Solvaro said, and the road was open.", "Imani Solvaro")]
    [InlineData("\"The tranche is small,\" said Dr Imani Solvaro, an economist at a Tavira-based think tank.", "Imani Solvaro")]
    public void A_courtesy_title_without_a_role_in_apposition_gives_no_affiliation(string text, string name) =>
        Assert.Null(Named(text, name).Affiliation);
}
