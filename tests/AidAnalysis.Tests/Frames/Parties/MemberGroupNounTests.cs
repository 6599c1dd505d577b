namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>"Through two UN agencies": a body's name before a plural member noun names some of its members, not the body,
/// so each share goes to the member named with it; sentences written for the tests.</summary>
public class MemberGroupNounTests
{
    [Fact]
    public void A_share_through_one_of_the_bodys_agencies_goes_to_that_agency()
    {
        var analysis = TestSupport.Analyze("Norway to help Lumora\n\nNorway will give Lumora $6 million in food aid, the ministry said. "
            + "The money will be handed over through two UN agencies: $4 million through the World Food Programme and $2 million through UNICEF.");
        Assert.Equal("World Food Programme", analysis.Funding.Single(f => f.AmountText == "$4 million").Recipient);
    }
}
