using AidAnalysis.Frames;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Tests.Frames.Relations;

/// <summary>The running-total wording before an amount, read on tokens in all three forms (RunningTotalWording), and the
/// ceilings the parts check leaves out of a sum; fixtures written for these tests.</summary>
public class RunningTotalTokenTests
{
    private static readonly RunningTotalWording Wording = new(Lexicon.Default);

    /// <summary>The tokens of <paramref name="text"/> and the stretch before its first "$", where the amount starts.</summary>
    private static (AnalysisDocument Doc, Span Before) Read(string text) =>
        (TestSupport.Process(text), new Span(0, text.IndexOf('$', StringComparison.Ordinal)));

    [Theory]
    [InlineData("The grant brings the total to $40 million.")]
    [InlineData("The grant brings Varnia's relief funding for the coast this year to an estimated $40 million.")]
    [InlineData("The grant lifts total payouts under the plan to more than $40 million.")]
    [InlineData("The grant raising its assistance to the province to mid-year about $40 million.")]
    public void Raising_a_noun_to_the_amount_is_a_running_total(string text)
    {
        var (doc, before) = Read(text);
        Assert.True(Wording.EndsBefore(doc.Tokens, before));
        Assert.True(Wording.IncludesNewsBefore(doc.Tokens, before));
    }

    [Theory]
    // The stops of an initialism before a lower-case word end no sentence.
    [InlineData("The grant brings U.K. aid to $40 million.")]
    [InlineData("The loan raised the E.U. total for the coast to about $40 million.")]
    [InlineData("Varnia's grant, lifting total U.N. relief funding to more than $40 million, was signed.")]
    public void An_initialism_inside_the_wording_is_read_through(string text)
    {
        var (doc, before) = Read(text);
        Assert.True(Wording.EndsBefore(doc.Tokens, before));
    }

    [Theory]
    // A capital after the initialism may open a new sentence; a single letter and its stop is no initialism.
    [InlineData("The grant brings aid to the U.K. Total aid rose to $40 million.")]
    [InlineData("The grant brings aid to Port A. Total aid rose to $40 million.")]
    public void A_stop_that_may_end_the_sentence_still_breaks_the_wording(string text)
    {
        var (doc, before) = Read(text);
        Assert.False(Wording.EndsBefore(doc.Tokens, before));
    }

    [Theory]
    [InlineData("The grant brings the total. Donors gave $40 million.")]
    [InlineData("The grant brings food to $40 million worth of stock.")]
    [InlineData("The grant went to the total of $40 million.")]
    [InlineData("The grant brings the total to the very large sum of $40 million.")]
    public void Without_the_verb_noun_and_to_right_before_the_amount_it_is_not(string text)
    {
        var (doc, before) = Read(text);
        Assert.False(Wording.IncludesNewsBefore(doc.Tokens, before));
    }

    [Theory]
    // Punctuation between the words: only the looser "total" form reads it.
    [InlineData("The grant brings the total, with the loan, to $40 million.")]
    [InlineData("The total support is now about $40 million.")]
    [InlineData("Aid to the coast now stands at $40 million.")]
    [InlineData("Aid to the coast now totals $40 million.")]
    public void The_looser_forms_include_the_news(string text)
    {
        var (doc, before) = Read(text);
        Assert.False(Wording.EndsBefore(doc.Tokens, before));
        Assert.True(Wording.IncludesNewsBefore(doc.Tokens, before));
    }

    [Theory]
    [InlineData("The grant brings the total; the loan adds $40 million.")]
    [InlineData("The total is large. Aid is now $40 million.")]
    [InlineData("Aid to the coast totals $40 million.")]
    public void A_clause_break_or_a_missing_now_ends_the_looser_forms(string text)
    {
        var (doc, before) = Read(text);
        Assert.False(Wording.IncludesNewsBefore(doc.Tokens, before));
    }

    private static ArticleAnalysis Analyze(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2024, 5, 2)), "t.txt"));

    [Fact]
    public void A_ceiling_before_a_part_keeps_it_out_of_the_sum()
    {
        var ceiling = Analyze("Varnia has pledged $10 million to Ostrava, including as much as $6 million for food and $7 million for shelter.");
        Assert.DoesNotContain(ceiling.Checks, c => c.Kind == CheckKind.PartsExceedTotal);
        var exact = Analyze("Varnia has pledged $10 million to Ostrava, including $6 million for food and $7 million for shelter.");
        Assert.Contains(exact.Checks, c => c.Kind == CheckKind.PartsExceedTotal);
    }

    /// <summary>CumulativeTotals: the amount a sentence adds before ", bringing its total since ... to $X" is the news; the
    /// "since" of the running total after the comma does not make it earlier money.</summary>
    [Fact]
    public void The_amount_a_raised_total_adds_stays_news()
    {
        var added = TestSupport.Process("The Ostravan foreign ministry said it was releasing an additional €30 million in relief for the flooded delta this year, bringing its total support for the region since March 2023 to more than €150 million.",
            new DateOnly(2025, 6, 2)).ToAnalysis().Funding.Single(f => f.AmountText == "€30 million");
        Assert.NotEqual(FundingStatus.Previous, added.Status);
        Assert.True(added.Counted);
    }

    /// <summary>TotalTakesOwnType: one state's cumulative total for another, with no type word of its own, is a mixed sum.</summary>
    [Fact]
    public void A_states_total_for_another_state_is_of_no_one_type()
    {
        var total = TestSupport.Process("Norway announces humanitarian aid for Ukraine\n\nNorway will give $20 million in humanitarian aid to Ukraine, the foreign ministry said on Monday. Norway has provided $3 billion to Ukraine since 2022.",
            new DateOnly(2025, 6, 2)).ToAnalysis().Funding.Single(f => f.AmountText == "$3 billion");
        Assert.Equal(AidType.Unspecified, total.AidType);
    }
}
