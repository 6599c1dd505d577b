using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>The subject of a relative clause on the amount ("The $5 million, which Japan announced ...") gives it when the
/// clause's verb is one of giving. Sentences written for the tests.</summary>
public class RelativeClauseGiverTests
{
    private static string? GiverIn(string sentence) =>
        TestSupport.Pipeline.Analyze(Article.FromText("Aid\n\n" + sentence, new ArticleMetadata(Published: new DateOnly(2025, 3, 10)), "t.txt"))
            .Funding.Single().Donor;

    [Theory]
    [InlineData("The $5 million, which Japan announced on Monday, will fund food for refugees in Chad.", "Japan")]
    [InlineData("The €8 million, which Germany will provide through the Red Cross, is meant for shelter.", "Germany")]
    [InlineData("The grant of £3 million, which Britain has pledged, covers clean water.", "United Kingdom")]
    public void The_relative_clauses_subject_gives(string sentence, string donor) => Assert.Equal(donor, GiverIn(sentence));

    [Theory]
    [InlineData("The $5 million, which Chad needs urgently, has not been found.")]
    [InlineData("The $5 million, which officials say Japan announced, will fund food.")]
    public void A_clause_without_a_giving_subject_names_no_giver(string sentence) => Assert.Null(GiverIn(sentence));
}
