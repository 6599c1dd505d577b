using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Relations;

/// <summary>ReceivedAgainstNeed: money already secured, set against a need the same sentence told first, is part of that
/// need; fixtures written for these tests.</summary>
public class ReceivedAgainstNeedTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static IReadOnlyList<FundingFigure> Figures(string text) => TestSupport.Process(text, Published).ToAnalysis().Funding;

    [Fact]
    public void Money_secured_against_a_need_is_part_of_it()
    {
        var figures = Figures("The Ostravan relief agency said it needs $30 million to keep its clinics open until winter but has so far secured only $7 million.");
        var need = figures.Single(f => f.AmountText == "$30 million");
        var secured = figures.Single(f => f.AmountText == "$7 million");
        Assert.Equal(FundingStatus.Requested, need.Status);
        Assert.Equal(FundingStatus.Previous, secured.Status);
        Assert.Equal(need.Id, secured.PartOfId);
    }

    [Fact]
    public void A_need_told_after_the_money_takes_no_part()
    {
        var figures = Figures("The Ostravan relief agency has so far secured only $7 million, and it needs $30 million to keep its clinics open until winter.");
        Assert.Null(figures.Single(f => f.AmountText == "$7 million").PartOfId);
    }
}
