using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Who a source phrase names and where a statement starts: a title written before a person's name, a source's
/// postmodifier ("officials familiar with the plan") and a dateline before it.
/// Every sentence is invented.</summary>
public class ClaimSourceShapeTests
{
    private static ArticleAnalysis Analyze(string text) => TestSupport.Analyze(text);

    [Theory]
    [InlineData("According to Foreign Minister Maria Lindqvist, Norland will send €10 million to Tavira.", "Maria Lindqvist")]
    [InlineData("Norland will send €10 million to Tavira, according to Deputy Prime Minister Peter Novak.", "Peter Novak")]
    [InlineData("The convoy, according to the UN relief chief Anna Costa, left Tavira on Monday.", "Anna Costa")]
    public void A_title_before_a_name_after_according_to_is_the_persons_role(string text, string person)
    {
        var analysis = Analyze(text);
        Assert.Equal(person, Assert.Single(analysis.Claims).Speaker);
        Assert.DoesNotContain(analysis.Actors, a => a.Kind == ActorKind.Group && a.Name.Contains(person, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("According to a spokesman for Maria Lindqvist, the convoy left Tavira on Monday.")]
    [InlineData("According to the minister's letter to Maria Lindqvist, the convoy left Tavira on Monday.")]
    public void A_name_after_a_preposition_in_the_source_is_not_the_source(string text) =>
        Assert.DoesNotContain(Analyze(text).Claims, c => c.Speaker == "Maria Lindqvist");

    [Theory]
    [InlineData("The convoy will leave Tavira on Monday, two officials familiar with the plan said.", "officials")]
    [InlineData("Sources close to the report said the convoy would leave Tavira on Monday.", "Sources")]
    [InlineData("The convoy, diplomats briefed on the statement said, will leave Tavira on Monday.", "diplomats")]
    public void The_noun_after_a_sources_postmodifier_is_not_the_speaker(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyze(text).Claims).Speaker);

    [Theory]
    [InlineData("The convoy will leave Tavira on Monday, the report said.", "the report")]
    [InlineData("Officials in Tavira, the ministry said, will lead the convoy.", "the ministry")]
    public void A_noun_without_a_postmodifier_before_it_still_speaks(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyze(text).Claims).Speaker);

    [Theory]
    [InlineData("BRUSSELS, 4 March 2026 (Eurowire) – Norland will provide €10 million to Tavira, Minister Maria Lindqvist said.")]
    [InlineData("OSLO: Norland will provide €10 million to Tavira, Minister Maria Lindqvist said.")]
    [InlineData("GENEVA, Switzerland - Norland will provide €10 million to Tavira, the agency said.")]
    public void A_dateline_is_not_part_of_the_statement(string text) =>
        Assert.StartsWith("Norland will", Assert.Single(Analyze(text).Claims).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Norland will provide €10 million to Tavira, Minister Maria Lindqvist said.", "Norland will")]
    [InlineData("Tavira, Norland's neighbour, will get €10 million, the agency said.", "Tavira, Norland")]
    public void A_statement_without_a_dateline_keeps_its_opening(string text, string opening) =>
        Assert.StartsWith(opening, Assert.Single(Analyze(text).Claims).Text, StringComparison.Ordinal);
}
