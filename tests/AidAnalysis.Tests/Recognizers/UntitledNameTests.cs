using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>People whose given name the lexicon does not know, found by where they stand in the clause: the subject of a
/// reporting verb across an aside (a role, an age, a relative clause) and the object of a verb that takes a person.</summary>
public class UntitledNameTests
{
    private static Actor? Person(ArticleAnalysis analysis, string name) =>
        analysis.Actors.SingleOrDefault(a => a.Name == name && a.Kind == ActorKind.Person);

    [Theory]
    [InlineData("Tuvshin Batbayar, a Norland ministry adviser, said the convoy had reached the valley.", "Tuvshin Batbayar")]
    [InlineData("Ilkka Nieminen, who has run the clinic since 2019, said medicine was scarce.", "Ilkka Nieminen")]
    [InlineData("QUETZAL CITY (Wire) — Ilkka Nieminen, the clinic's head nurse, said medicine was scarce.", "Ilkka Nieminen")]
    // The name need not open its sentence: a fronted adverbial ("In Tarvik,") or a role noun ("fisherman") may come first.
    [InlineData("In Tarvik, Odval Ganbold, 37, said the well had run dry in August.", "Odval Ganbold")]
    [InlineData("At a shelter near the river, Noor Jahan Begum, a mother of three, said the food had run out.", "Noor Jahan Begum")]
    [InlineData("In Port Lamu, fisherman Baraka Otieno, 52, said his nets were lost in the storm.", "Baraka Otieno")]
    public void A_name_before_an_aside_and_its_reporting_verb_is_a_speaking_person(string text, string name)
    {
        var analysis = TestSupport.Analyze(text);
        Assert.NotNull(Person(analysis, name));
        Assert.Contains(analysis.Claims, c => c.Speaker == name);
    }

    [Fact]
    public void A_name_before_an_age_and_its_reporting_verb_is_a_person()
    {
        Assert.NotNull(Person(TestSupport.Analyze("Siddiqa Rahimi, 61, told reporters the bridge had collapsed."), "Siddiqa Rahimi"));
    }

    [Fact]
    public void She_after_a_speaker_named_behind_a_fronted_adverbial_points_to_that_speaker()
    {
        var analysis = TestSupport.Analyze("Mayor Lars Vik opened the depot. In Tarvik, Odval Ganbold, 37, said the well had run dry. \"We walk five kilometres for water,\" she said.");
        Assert.Equal("Odval Ganbold", Assert.Single(analysis.Claims, c => c.Text.Contains("five kilometres", StringComparison.Ordinal)).Speaker);
    }

    [Theory]
    [InlineData("In Geneva, Save the Children, a British charity, said the camps were full.")]
    [InlineData("Earlier this year, relief workers, many of them volunteers, said the camps were full.")]
    public void No_person_is_read_from_an_organisation_or_a_group_after_a_fronted_adverbial(string text)
    {
        Assert.DoesNotContain(TestSupport.Analyze(text).Actors, a => a.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_name_after_met_is_a_person_and_its_surname_later_speaks_for_them()
    {
        var analysis = TestSupport.Analyze("The minister met Oksana Hrytsenko in Lviv on Friday. Hrytsenko said the shelters were full.");
        var person = Person(analysis, "Oksana Hrytsenko");
        Assert.NotNull(person);
        Assert.Equal(2, person.Mentions.Count);
        Assert.Contains(analysis.Claims, c => c.Speaker == "Oksana Hrytsenko");
    }

    [Fact]
    public void A_surname_that_speaks_before_the_full_name_appears_is_that_person()
    {
        var analysis = TestSupport.Analyze("The wells are dry, Okonkwo said on Monday. Chidera Okonkwo runs the district clinic.");
        Assert.Equal(2, Person(analysis, "Chidera Okonkwo")?.Mentions.Count);
        Assert.Contains(analysis.Claims, c => c.Speaker == "Chidera Okonkwo");
    }

    [Theory]
    [InlineData("The delegation met Syrian Kurdish leaders in the north.", "Syrian Kurdish")]
    [InlineData("Officials met in March to plan the airlift.", "March")]
    public void A_people_or_a_date_after_met_is_no_person(string text, string words)
    {
        Assert.DoesNotContain(TestSupport.Analyze(text).Actors, a => a.Kind == ActorKind.Person && a.Name.Contains(words));
    }

    [Fact]
    public void A_possessive_state_before_a_name_is_the_persons_own()
    {
        var person = Person(TestSupport.Analyze("Mali's Abdoulaye Diarra said the harvest had failed."), "Abdoulaye Diarra");
        Assert.Equal("Mali", person?.Affiliation);
    }
}
