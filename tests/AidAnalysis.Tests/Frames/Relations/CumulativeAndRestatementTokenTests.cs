using AidAnalysis.Frames.Relations;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Frames.Relations;

/// <summary>The running-total, programme and restatement wordings read on tokens (CumulativeWording, RestatementWording);
/// fixtures written for these tests. The wordings are asked directly (the status reader also marks most of these amounts earlier
/// money, so a test through the pipeline would pass without them); the restatements through the pipeline.</summary>
public class CumulativeAndRestatementTokenTests
{
    private static ArticleAnalysis Analyze(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2025, 9, 18)), "t.txt"));

    private static FundingFigure Row(ArticleAnalysis a, string amountText) => a.Funding.Single(f => f.AmountText == amountText);

    private static readonly CumulativeWording Wording = new(new RelationVocabulary(Lexicon.Default));

    /// <summary>The tokens of a one-sentence text and the sentence's span, the clause the wording is read in.</summary>
    private static (TokenLayer Tokens, Span Clause) Clause(string text) => (TestSupport.Process(text).Tokens, new Span(0, text.Length));

    [Theory]
    [InlineData("Bergen has pledged $8 million to the region so far.")]
    [InlineData("Bergen has pledged $8 million to the region since the outbreak.")]
    [InlineData("Bergen has pledged $8 million to the region Since March.")]
    [InlineData("Bergen has pledged $8 million to the region since 2022.")]
    [InlineData("Bergen has pledged $8 million to the region over the past three years.")]
    public void Wording_that_sums_up_earlier_money_is_read_on_the_tokens(string text)
    {
        var (tokens, clause) = Clause(text);
        Assert.True(Wording.SumsUpEarlier(tokens, clause));
    }

    [Theory]
    [InlineData("Bergen has pledged $8 million to the region since the funds ran short.")]
    [InlineData("Bergen has pledged $8 million to the region over three years.")]
    [InlineData("Bergen has pledged $8 million to the region, far from enough.")]
    public void A_reason_or_a_bare_duration_sums_up_nothing(string text)
    {
        var (tokens, clause) = Clause(text);
        Assert.False(Wording.SumsUpEarlier(tokens, clause));
    }

    /// <summary>A stretch of weeks counted back from the news is the news's own time, not a sum of earlier money.</summary>
    [Fact]
    public void The_past_few_weeks_sum_up_nothing()
    {
        var (tokens, clause) = Clause("Bergen has delivered $8 million to the region over the past two weeks.");
        Assert.False(Wording.SumsUpEarlier(tokens, clause));
    }

    [Theory]
    [InlineData("Bergen pledged $8 million a year from 2024 to 2027 for shelters.", true)]
    [InlineData("Bergen pledged $8 million for shelters over the next four years.", true)]
    [InlineData("Bergen pledged $8 million annually for shelters.", true)]
    [InlineData("Bergen pledged $8 million for shelters next year.", false)]
    public void A_programme_is_read_from_its_yearly_or_ranged_wording(string text, bool programme)
    {
        var (tokens, clause) = Clause(text);
        Assert.Equal(programme, Wording.Programme(tokens, clause));
    }

    [Theory]
    [InlineData("Bergen pledged $8 million in total for shelters.", true)]
    [InlineData("Bergen will give $8 million in total for shelters.", false)]
    public void In_total_sums_up_only_money_already_given(string text, bool done)
    {
        var (tokens, clause) = Clause(text);
        Assert.Equal(done, Wording.InTotalDone(tokens, clause));
    }

    [Fact]
    public void To_date_after_a_superlative_dates_the_comparison()
    {
        var (tokens, clause) = Clause("It is the largest single grant to date, at $8 million.");
        Assert.True(Wording.SuperlativeToDate(tokens, clause));
        var (plain, plainClause) = Clause("Bergen has pledged $8 million to date.");
        Assert.False(Wording.SuperlativeToDate(plain, plainClause));
    }

    /// <summary>"Of the new funding, $X ..." after a running total: the shares are the news's money, not earlier money.</summary>
    [Fact]
    public void Shares_of_the_new_funding_take_the_news_status_past_a_running_total()
    {
        var a = Analyze("Ostland will give a further $3 million to Tarvia for flood relief, minister Ana Berg said. This brings its total support to $5 million. "
            + "Of the new funding, $1.8 million will go to the Tarvian Red Cross and $1.2 million will go to the World Food Programme.");
        Assert.Equal(FundingStatus.Pledged, Row(a, "$1.8 million").Status);
        Assert.Equal(FundingStatus.Pledged, Row(a, "$1.2 million").Status);
    }

    [Theory]
    [InlineData("The grant, worth about $11 million, goes to shelters.")]
    [InlineData("Together, the grants amount to nearly $11 million.")]
    [InlineData("This is equivalent to approx. $11 million.")]
    public void A_sentence_valuing_the_figure_before_in_another_currency_restates_it(string second)
    {
        var a = Analyze("Berlin pledged €10 million for flood relief on Monday. " + second);
        Assert.Equal(Row(a, "€10 million").Id, Row(a, "$11 million").ConvertedFromId);
    }

    [Fact]
    public void A_sentence_not_opened_by_a_subject_word_restates_nothing() =>
        Assert.Null(Row(Analyze("Berlin pledged €10 million for flood relief on Monday. Paris, worth noting, gave $11 million."), "$11 million").ConvertedFromId);
}
