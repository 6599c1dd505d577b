using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Tests.Frames.Relations;

/// <summary>FirstTellingTakesBodyType and the parts of a whole divided in a later sentence (PartTakesWholeType); fixtures
/// written for these tests.</summary>
public class FirstTellingTakesBodyTypeTests
{
    private const string Headline = "Freedonia pledges $150m for Ostrava while relief groups report too few convoys";

    private static IReadOnlyList<FundingFigure> Figures(string body) =>
        TestSupport.Pipeline.Process(Article.FromText(Headline + "\n\n" + body,
            new ArticleMetadata(Title: Headline, Published: new DateOnly(2025, 3, 4)), "t.txt")).ToAnalysis().Funding;

    // The headline names no kind of aid, and the last sentence names a second kind, so the article has no one dominant type.
    private const string Body = "Freedonia has pledged $150m in emergency aid for Ostrava, as relief groups warned that convoys crossing into the "
        + "province are still well short of what the ceasefire that began earlier this month promised.\n\n"
        + "\"We will not look away,\" the director of the fund told reporters.\n\n"
        + "Of the total, $40m will go to the regional health authority and $25m to the national seed bank, the fund said.\n\n"
        + "The fund also signed a loan agreement with the port authority last year.";

    [Fact]
    public void A_headline_figure_takes_the_type_its_bodys_telling_names()
    {
        var told = Figures(Body).Where(f => f.AmountText == "$150m").ToList();
        Assert.Equal(2, told.Count);
        Assert.Equal(told[0].Id, told[1].PartOfId);
        Assert.All(told, f => Assert.Equal(AidType.Humanitarian, f.AidType));
    }

    [Fact]
    public void Parts_a_later_sentence_divides_off_take_the_wholes_type()
    {
        var figures = Figures(Body);
        var whole = figures.First(f => f.AmountText == "$150m");
        var parts = figures.Where(f => f.AmountText is "$40m" or "$25m").ToList();
        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.Equal((whole.Id, AidType.Humanitarian), (p.PartOfId, p.AidType)));
    }
}
