using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>Time expressions the day-or-month pattern used to miss, and months read ahead or beside a relative year.</summary>
public class TimeExpressionGapsTests
{
    private static int? YearOf(string text, string phrase, DateOnly published)
    {
        var document = TestSupport.Pipeline.ProcessInOrder(Article.FromText(text, new ArticleMetadata(Published: published), "gaps.txt"));
        var start = text.IndexOf(phrase, StringComparison.Ordinal);
        return document.Years.FirstOrDefault(y => y.Span.Start <= start && y.Span.End > start)?.Year;
    }

    [Fact]
    public void A_sentence_initial_preposition_dates_its_month()
    {
        const string text = "Grant for Tuvalu\n\nIn March, the fund gave $2 million to the islands' schools.\n";
        Assert.Equal(2031, YearOf(text, "In March", new DateOnly(2031, 10, 2)));
    }

    [Fact]
    public void A_forward_preposition_takes_the_next_occurrence_of_the_month()
    {
        const string text = "Rations in Lesotho\n\nThe agency needs $3 million to keep rations until November, and more from February.\n";
        Assert.Equal(2031, YearOf(text, "until November", new DateOnly(2031, 2, 10)));
        Assert.Equal(2032, YearOf(text, "from February", new DateOnly(2031, 5, 10)));
    }

    [Fact]
    public void A_month_closing_a_past_stretch_stays_in_the_publication_year()
    {
        const string text = "Seeds for Malawi\n\nBy March, the fund had handed over $4 million, and $1 million more before April.\n";
        Assert.Equal(2031, YearOf(text, "By March", new DateOnly(2031, 6, 20)));
        Assert.Equal(2031, YearOf(text, "before April", new DateOnly(2031, 6, 20)));
    }

    [Fact]
    public void The_end_of_the_year_and_a_season_are_the_publication_year()
    {
        const string text = "Roads in Bhutan\n\nThe bank expects to lend $40 million before the end of the year and $9 million in the autumn.\n";
        Assert.Equal(2031, YearOf(text, "end of the year", new DateOnly(2031, 3, 1)));
        Assert.Equal(2031, YearOf(text, "in the autumn", new DateOnly(2031, 3, 1)));
    }

    [Fact]
    public void A_month_before_a_relative_year_gives_way_to_it()
    {
        const string text = "Wells in Chad\n\nA survey put the cost at $5 million by the end of March last year.\n";
        Assert.Null(YearOf(text, "March", new DateOnly(2031, 2, 1)));
        Assert.Equal(2030, YearOf(text, "last year", new DateOnly(2031, 2, 1)));
    }
}
