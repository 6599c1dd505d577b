namespace AidAnalysis.Tests.Frames;

/// <summary>A person named next to a title that a body or state owns ("Kestrel Aid’s director, Anna Berg") works for that owner.</summary>
public class PossessorTitleTests
{
    private static string? AffiliationOf(string text, string name) =>
        TestSupport.Analyze(text).Actors.Single(a => a.Name == name).Affiliation;

    [Fact]
    public void A_title_owned_by_a_body_before_the_name_gives_the_body()
    {
        const string text = "Kenya needs tents. UNICEF’s country director for Kenya, Anna Berg, said the camps were full.";
        Assert.Equal("UNICEF", AffiliationOf(text, "Anna Berg"));
    }

    [Fact]
    public void A_title_owned_by_a_body_after_the_name_gives_the_body()
    {
        const string text = "Norland needs tents. \"The camps are full,\" said Anna Berg, UNICEF’s representative in Norland.";
        Assert.Equal("UNICEF", AffiliationOf(text, "Anna Berg"));
    }

    [Fact]
    public void A_state_of_two_words_opening_a_body_title_is_the_place_served()
    {
        const string text = "Norland needs tents. UNICEF’s South Sudan representative Anna Berg said the camps were full.";
        Assert.Equal("UNICEF", AffiliationOf(text, "Anna Berg"));
    }

    [Fact]
    public void A_possessive_with_no_role_noun_gives_nothing()
    {
        const string text = "\"The rains failed,\" said Anna Berg, Kenya’s best known maize grower.";
        Assert.Null(AffiliationOf(text, "Anna Berg"));
    }

    [Fact]
    public void A_titled_person_with_a_role_at_an_organisation_works_for_it()
    {
        const string text = "Kenya needs tents. \"The rains failed,\" said Dr Anna Berg, a senior fellow at the Kestrel Research Centre in Nairobi.";
        Assert.Equal("Kestrel Research Centre", AffiliationOf(text, "Anna Berg"));
    }

    [Fact]
    public void A_role_noun_that_does_not_head_a_title_before_the_name_gives_nothing()
    {
        const string text = "Kenya needs tents. Kenya’s drought has left a local aid worker, Anna Berg, said the camps were full.";
        Assert.Null(AffiliationOf(text, "Anna Berg"));
    }

    [Fact]
    public void A_role_noun_that_does_not_head_a_title_after_the_name_gives_nothing()
    {
        const string text = "Kenya needs tents. \"The camps are full,\" said Anna Berg, Kenya’s drought has left the aid worker.";
        Assert.Null(AffiliationOf(text, "Anna Berg"));
    }

    [Fact]
    public void A_title_headed_before_its_complement_gives_the_owner()
    {
        const string text = "Norland needs tents. UNICEF’s head of programmes in the north, Anna Berg, said the camps were full.";
        Assert.Equal("UNICEF", AffiliationOf(text, "Anna Berg"));
    }

    [Fact]
    public void A_relative_clause_after_the_role_names_no_employer()
    {
        const string text = "Kenya needs tents. \"The rains failed,\" said Dr Anna Berg, a senior fellow who once worked closely with the Kestrel Research Centre.";
        Assert.Null(AffiliationOf(text, "Anna Berg"));
    }

    [Theory]
    // An employer named after "at" outranks a nationality in the role.
    [InlineData("Norland needs tents. \"The rains failed,\" said Anna Berg, a Kenyan researcher at the Kestrel Research Centre in Nairobi.", "Kestrel Research Centre")]
    // A state's name opening a body's title is the place the post serves.
    [InlineData("Norland needs tents. UNICEF’s Kenya representative, Anna Berg, said the camps were full.", "UNICEF")]
    // An organisation named right before a title employs its holder.
    [InlineData("Kenya needs tents. Oxfam country director Anna Berg said the camps were full.", "Oxfam")]
    public void A_named_employer_outranks_a_state(string text, string employer) =>
        Assert.Equal(employer, AffiliationOf(text, "Anna Berg"));

    [Fact]
    public void A_government_body_before_a_title_leaves_the_state()
    {
        const string text = "Kenya needs tents. Kenya's Health Ministry spokesman Anna Berg said the camps were full.";
        Assert.NotEqual("Health Ministry", AffiliationOf(text, "Anna Berg"));
    }
}
