using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Relations;

/// <summary>DisbursedUnderProgramme: the sum paid out so far under a programme is part of the programme's size; fixtures written
/// for these tests.</summary>
public class DisbursedUnderProgrammeTests
{
    private static IReadOnlyList<FundingFigure> Figures(string text) =>
        TestSupport.Process(text, new DateOnly(2025, 9, 12)).ToAnalysis().Funding;

    [Fact]
    public void Total_disbursements_under_a_programme_are_part_of_its_size()
    {
        var figures = Figures("The Monetary Fund on Thursday released $150 million to Ostrava after its board completed a review of the country's "
            + "$900 million Extended Fund Facility. The payment brings total disbursements under the 30-month programme to about $450 million, "
            + "Ostrava's central bank said.");
        var programme = figures.Single(f => f.AmountText == "$900 million");
        var paid = figures.Single(f => f.AmountText == "$450 million");
        Assert.Equal((programme.Id, FundingStatus.Previous), (paid.PartOfId, paid.Status));
        Assert.Equal(paid.Id, figures.Single(f => f.AmountText == "$150 million").PartOfId);
    }

    [Fact]
    public void A_payment_told_as_news_is_no_total()
    {
        var figures = Figures("This week the Bank disburses €3 billion to Ostrava under the Recovery Facility, a fund with up to €20 billion for 2024-2027.");
        Assert.Null(figures.Single(f => f.AmountText == "€3 billion").PartOfId);
    }
}
