using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>People introduced by titles with complements and by appositions, and words that look like names and are not.</summary>
public class ActorRuleTests
{
    private static IReadOnlyList<Actor> Actors(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(), "t.txt")).Actors;

    [Fact]
    public void A_title_with_a_long_complement_then_a_comma_names_the_person_after_it()
    {
        var person = Actors("The Minister for Humanitarian Affairs and Disaster Relief, Anna Berg, said the camps were full.")
            .Single(a => a.Kind == ActorKind.Person);
        Assert.Equal("Anna Berg", person.Name);
        Assert.StartsWith("Minister for Humanitarian Affairs", person.Role);
    }

    [Fact]
    public void An_apposition_with_a_demonym_gives_the_persons_own_state_not_the_host()
    {
        var person = Actors("Lin Wei, the Chinese ambassador to Chile, spoke at the event. He said the tents would arrive soon.")
            .Single(a => a.Kind == ActorKind.Person);
        Assert.Equal("Lin Wei", person.Name);
        Assert.Equal("China", person.Affiliation);
    }

    [Theory]
    [InlineData("Ali Hassan, also Minister of Islamic Affairs, said the aid was ready.", "Affairs")]
    [InlineData("The Secretary of Humanitarian Development visited the camp.", "Development")]
    public void A_portfolio_word_after_a_title_is_not_a_person(string text, string notAPerson) =>
        Assert.DoesNotContain(Actors(text), a => a.Kind == ActorKind.Person && a.Name == notAPerson);
}
