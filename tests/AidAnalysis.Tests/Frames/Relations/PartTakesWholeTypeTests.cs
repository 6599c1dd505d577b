using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Relations;

/// <summary>PartTakesWholeType: a part told in its whole's sentence, with no aid type of its own, takes the whole's type;
/// fixtures written for these tests.</summary>
public class PartTakesWholeTypeTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static IReadOnlyList<FundingFigure> Figures(string text) => TestSupport.Process(text, Published).ToAnalysis().Funding;

    [Fact]
    public void A_part_in_its_wholes_sentence_takes_its_type()
    {
        var figures = Figures("The regional response plan run by the agencies sought $900 million for the coming year, of which $300 million was for the northern provinces of Ostrava.");
        var whole = figures.Single(f => f.AmountText == "$900 million");
        var part = figures.Single(f => f.AmountText == "$300 million");
        Assert.Equal(AidType.Humanitarian, whole.AidType);
        Assert.Equal(whole.Id, part.PartOfId);
        Assert.Equal(AidType.Humanitarian, part.AidType);
    }
}
