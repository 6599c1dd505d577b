using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers;

public class EntityTests
{
    private static Actor Actor(string text, string name) =>
        TestSupport.Analyze(text).Actors.Single(a => a.Name == name);

    [Theory]
    [InlineData("Ilse Varga on Tuesday said the trucks were waiting at the crossing.", "Ilse Varga")]
    [InlineData("Tomas Okonkwo yesterday told reporters that food would run out.", "Tomas Okonkwo")]
    public void A_name_before_its_reporting_verb_is_a_person_across_a_day_adjunct(string text, string name)
    {
        var analysis = TestSupport.Analyze(text);
        Assert.Equal(ActorKind.Person, analysis.Actors.Single(a => a.Name == name).Kind);
        Assert.Equal(name, Assert.Single(analysis.Claims).Speaker);
    }

    [Theory]
    [InlineData("LIMA (Wire Service) — Health Minister Ilse Varga said the trucks were waiting.")]
    [InlineData("LIMA, May 2 (Wire Service) - Health Minister Ilse Varga said the trucks were waiting.")]
    public void The_agency_a_dateline_credits_is_not_the_affiliation_of_the_titled_person_after_it(string text)
    {
        var actor = Actor(text, "Ilse Varga");
        Assert.Equal("Health Minister", actor.Role);
        Assert.NotEqual("Wire Service", actor.Affiliation);
    }

    [Fact]
    public void Person_after_a_title_gets_role_and_demonym_affiliation()
    {
        var actor = Actor("Talks began after Polish Foreign Minister Anna Kowalczyk-Nowak arrived in Riga.", "Anna Kowalczyk-Nowak");
        Assert.Equal(ActorKind.Person, actor.Kind);
        Assert.Equal("Foreign Minister", actor.Role);
        Assert.Equal("Poland", actor.Affiliation);
    }

    [Fact]
    public void Apposition_gives_role_and_affiliation_and_surname_links_back()
    {
        var text = "Lee Min-seo, a senior analyst at the Hanbit Institute for Policy Studies, said risks were rising. Lee added that talks matter.";
        var actor = Actor(text, "Lee Min-seo");
        Assert.Equal("senior analyst", actor.Role);
        Assert.Equal("Hanbit Institute for Policy Studies", actor.Affiliation);
        Assert.Equal(2, actor.Mentions.Count);
        Assert.All(actor.Mentions, m => Assert.StartsWith("Lee", text[m.Start..m.End]));
    }

    [Fact]
    public void Byline_is_an_author()
    {
        var actor = Actor("Aid talks resumed on Monday.\nBy Marta Ilves", "Marta Ilves");
        Assert.Equal("author", actor.Role);
    }

    [Fact]
    public void Capital_acting_for_its_government_is_the_state_but_a_meeting_place_is_not()
    {
        var analysis = TestSupport.Pipeline.Analyze(Article.FromText(
            "Tokyo will weigh the request. The envoys met in Vienna, Austria on Friday.", new ArticleMetadata(), "t.txt"));
        Assert.Contains(analysis.Actors, a => a.Name == "Japan" && a.Kind == ActorKind.Country);
        Assert.DoesNotContain(analysis.Actors, a => a.Name == "Austria");
    }

    [Fact]
    public void Organisation_from_pattern_and_gazetteer_acronym()
    {
        var analysis = TestSupport.Pipeline.Analyze(Article.FromText(
            "The Estonian Defence Ministry thanked UNICEF and the World Bank.", new ArticleMetadata(), "t.txt"));
        var ministry = analysis.Actors.Single(a => a.Name == "Estonian Defence Ministry");
        Assert.Equal("Estonia", ministry.Affiliation);
        Assert.Contains(analysis.Actors, a => a.Name == "UNICEF");
        Assert.Contains(analysis.Actors, a => a.Name == "World Bank");
    }

    [Fact]
    public void Article_without_names_gives_no_actors()
    {
        var analysis = TestSupport.Pipeline.Analyze(Article.FromText("it rained all day and nobody came.", new ArticleMetadata(), "t.txt"));
        Assert.Empty(analysis.Actors);
        Assert.Empty(analysis.Claims);
        Assert.Empty(analysis.Funding);
    }
}
