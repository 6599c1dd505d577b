using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Tests.Frames.Relations;

/// <summary>The relation rules that read the words around an amount from the token and phrase layers: a dated clause, a need
/// told before or after the amount (past a bracketed aside), an instalment, "this package"; fixtures written for these tests.</summary>
public class RelationTokenRuleTests
{
    private static ArticleAnalysis Analyze(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2025, 9, 18)), "t.txt"));

    private static FundingFigure Row(ArticleAnalysis a, string amountText) => a.Funding.Single(f => f.AmountText == amountText);

    [Theory]
    [InlineData("Oslo pledged $40 million for flood relief on Monday. Bergen had given $8 million in mid-May 2023 for shelters.", "$8 million")]
    [InlineData("Oslo pledged $40 million for flood relief on Monday. Bergen gave $8 million at its 2019 summit for shelters.", "$8 million")]
    [InlineData("Oslo pledged $40 million for flood relief on Monday. At the previous pledging round Bergen gave $8 million for shelters.", "$8 million")]
    public void An_amount_the_clause_dates_before_the_reference_year_is_earlier_money(string text, string earlier)
    {
        var a = Analyze(text);
        Assert.Equal(FundingStatus.Previous, Row(a, earlier).Status);
        Assert.NotEqual(FundingStatus.Previous, Row(a, "$40 million").Status);
    }

    [Fact]
    public void A_year_range_dates_nothing()
    {
        var a = Analyze("Oslo pledged $40 million for flood relief on Monday. Bergen gave $8 million in 2023-24 for shelters.");
        Assert.NotEqual(FundingStatus.Previous, Row(a, "$8 million").Status);
    }

    [Fact]
    public void A_need_told_after_the_amount_past_a_bracketed_aside_is_not_counted()
    {
        var a = Analyze("Oslo pledged $40 million for flood relief on Monday. A further $12 million (about €11 million) is still needed, the agency said.");
        Assert.True(Row(a, "$40 million").Counted);
        Assert.False(Row(a, "$12 million").Counted);
    }

    [Fact]
    public void A_need_told_before_the_amount_is_not_counted()
    {
        var a = Analyze("Oslo pledged $40 million for flood relief on Monday. The agency is appealing for more than $90 million in total.");
        Assert.True(Row(a, "$40 million").Counted);
        Assert.False(Row(a, "$90 million").Counted);
    }

    [Fact]
    public void An_instalment_of_the_news_figure_is_part_of_it()
    {
        var a = Analyze("Oslo pledged $40 million for flood relief on Monday, to be paid in four payments, the first of $10 million next week.");
        Assert.Equal(Row(a, "$40 million").Id, Row(a, "$10 million").PartOfId);
    }

    [Fact]
    public void Amounts_after_a_component_cue_of_several_words_are_parts_of_the_amount_before()
    {
        var a = Analyze("Oslo pledged $40 million for flood relief on Monday, made up of a $25 million grant and $15 million in loans.");
        Assert.Equal(Row(a, "$40 million").Id, Row(a, "$25 million").PartOfId);
        Assert.Equal(Row(a, "$40 million").Id, Row(a, "$15 million").PartOfId);
    }

    [Fact]
    public void Amounts_before_for_a_total_of_are_its_parts()
    {
        var a = Analyze("Oslo will give $10 million in 2026 and $12 million in 2027, for a total of $22 million.");
        Assert.Equal(Row(a, "$22 million").Id, Row(a, "$10 million").PartOfId);
        Assert.Equal(Row(a, "$22 million").Id, Row(a, "$12 million").PartOfId);
    }

    [Theory]
    [InlineData("Oslo will send $5 million in tents to the coast. The grant is also a portion of the nearly $60 million plan agreed in March.")]
    [InlineData("Oslo will send $5 million in tents to the coast. This represents the second tranche of its $60 million plan.")]
    public void The_news_named_as_part_of_a_larger_amount_is_its_component(string text)
    {
        var a = Analyze(text);
        Assert.Equal(Row(a, "$60 million").Id, Row(a, "$5 million").PartOfId);
    }

    [Fact]
    public void The_relations_stage_declares_the_token_and_phrase_layers_it_reads()
    {
        var needs = AnalysisPipeline.DefaultStages(Lexicon.Default).Single(s => s.Name == "funding-relations").Needs;
        Assert.Contains(Layer.Tokens, needs);
        Assert.Contains(Layer.Phrases, needs);
    }
}
