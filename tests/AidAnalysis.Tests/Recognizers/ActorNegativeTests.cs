using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>Capitalised words that are not actors: sentence starts, weekdays, months, headline case.</summary>
public class ActorNegativeTests
{
    private static IReadOnlyList<string> ActorNames(string text) =>
        TestSupport.Analyze(text).Actors
            .Where(a => a.Mentions.Count > 0).Select(a => a.Name).ToList();

    [Theory]
    [InlineData("Earlier, Denmark said it would send rations.", "Earlier", "Denmark")]
    [InlineData("On Wednesday the Danish Foreign Ministry said talks went well.", "Wednesday", "Danish Foreign Ministry")]
    [InlineData("In March, Denmark pledged $3 million to Moldova.", "March", "Denmark")]
    [InlineData("However, Moreover and Meanwhile are words, Denmark noted.", "However", "Denmark")]
    [InlineData("Defence spending rose, the Danish Defence Ministry said.", "Defence", "Danish Defence Ministry")]
    public void Capitalised_function_words_weekdays_and_months_are_not_actors(string text, string notAnActor, string actor)
    {
        var names = ActorNames(text);
        Assert.Contains(actor, names);
        Assert.DoesNotContain(names, n => n.StartsWith(notAnActor, StringComparison.Ordinal));
    }

    [Fact]
    public void Headline_case_does_not_invent_people()
    {
        var names = ActorNames("Latvia Sends New Winter Aid Package To Moldova\n\nLatvia will send blankets to Moldova, Foreign Minister Anna Kalnina said.");
        Assert.Contains("Anna Kalnina", names);
        Assert.DoesNotContain(names, n => n.Contains("Sends") || n.Contains("Winter") || n.Contains("Package"));
    }

    [Fact]
    public void A_city_next_to_its_country_is_a_place_not_an_actor()
    {
        var names = ActorNames("The envoys met in Vilnius, Lithuania on Monday. Estonia pledged $1 million.");
        Assert.DoesNotContain("Lithuania", names);
        Assert.Contains("Estonia", names);
    }

    [Fact]
    public void Title_case_acronym_definition_joins_its_organisation()
    {
        var analysis = TestSupport.Pipeline.Analyze(Article.FromText(
            "The Baltic Energy Fund (BEF) will repair substations. BEF said work starts soon.", new ArticleMetadata(), "t.txt"));
        var fund = Assert.Single(analysis.Actors, a => a.Name == "Baltic Energy Fund");
        Assert.True(fund.Mentions.Count >= 2);
    }
}
