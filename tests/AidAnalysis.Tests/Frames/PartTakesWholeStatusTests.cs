using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>PartTakesWholeStatus: a component with no status word of its own takes its package's news status; fixtures
/// written for these tests.</summary>
public class PartTakesWholeStatusTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static IReadOnlyList<FundingFigure> Figures(string text) => TestSupport.Process(text, Published).ToAnalysis().Funding;

    [Fact]
    public void Parts_of_a_paid_sum_are_paid()
    {
        var figures = Figures("The Varnian government disbursed $900 million to Ostrava on Tuesday. The money comprises $600 million in loans and $300 million in grants.");
        var whole = figures.Single(f => f.AmountText == "$900 million");
        Assert.Equal(FundingStatus.Delivered, whole.Status);
        foreach (var amount in new[] { "$600 million", "$300 million" })
        {
            var part = figures.Single(f => f.AmountText == amount);
            Assert.Equal(whole.Id, part.PartOfId);
            Assert.Equal(FundingStatus.Delivered, part.Status);
        }
    }
}
