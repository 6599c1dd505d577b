using AidAnalysis.Frames;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Lines of a list a colon introduces, without bullet markers, are lines of the announcement above them; sentences
/// written for the tests.</summary>
public class FundingColonListTests
{
    private const string Release = "Finland gives EUR 9 million for Yemen\n\nHelsinki, 3 June 2025\n\n"
        + "Finland will give EUR 9 million in emergency relief for families caught up in Yemen's war.\n\n"
        + "The two grants are:\n\n"
        + "EUR 5 million to UNICEF for emergency nutrition assistance in Hodeidah\n"
        + "EUR 4 million to the Finnish Red Cross for clinics in Aden\n\n"
        + "The minister said the needs were growing.\n";

    [Theory]
    [InlineData("EUR 5 million")]
    [InlineData("EUR 4 million")]
    public void An_unmarked_list_line_continues_the_announcement(string amount)
    {
        var line = TestSupport.Pipeline.Analyze(Article.FromText(Release, new ArticleMetadata(Published: new DateOnly(2025, 6, 3)), "t.txt"))
            .Funding.Single(f => f.AmountText == amount);
        Assert.Equal((FundingStatus.Pledged, 2025, AidType.Humanitarian, "Finland"), (line.Status, line.Year, line.AidType, line.Donor));
    }

    [Fact]
    public void A_line_is_read_back_at_most_a_list_line_s_length_so_one_long_line_costs_no_more_per_amount()
    {
        const string intro = "The grant is split as follows:\n";
        var listed = intro + "EUR 5 million to clinics\n";
        Assert.True(ColonListLine.Holds(listed, new Span(intro.Length, intro.Length + 13)));
        // An amount deep in a line longer than a list line never is one, however far back its line starts.
        var prose = intro + new string('x', 300) + " EUR 5 million";
        Assert.False(ColonListLine.Holds(prose, new Span(prose.Length - 13, prose.Length)));
        // A line above the amount's that is longer than a list line ends the block: the colon above it does not reach.
        var blocked = intro + new string('y', 300) + "\nEUR 5 million";
        Assert.False(ColonListLine.Holds(blocked, new Span(blocked.Length - 13, blocked.Length)));
    }
}
