namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>"X's loan programme": the state's possessive names the borrower, who receives, and the body named before it
/// lends; sentences written for the tests.</summary>
public class BorrowersProgrammeTests
{
    private static readonly AidAnalysis.Model.FundingFigure Release = TestSupport.Analyze("Fund clears tranche for Moldova\n\n"
        + "The Asian Development Bank's board finished its second review of Moldova's loan programme, unlocking about $300 million "
        + "for the small nation as the government presses on with tax reforms.\n\nThe World Bank approved a $90 million grant for Moldova in March.").Funding.Single(f => f.AmountText == "$300 million");

    [Fact]
    public void The_borrower_receives() => Assert.Equal("Moldova", Release.Recipient);

    [Fact]
    public void The_body_named_before_the_borrower_lends() => Assert.Equal("Asian Development Bank", Release.Donor);
}
