namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>"The UN agency" after a UN agency was named stands for that agency, not the whole UN; sentences written for the tests.</summary>
public class MemberAgencyAnaphorTests
{
    private const string Request = "\n\nThe UN agency said it needs $30 million to restore full rations for the rest of the year.";

    private static string? RecipientAfter(string opening) =>
        TestSupport.Analyze("Rations cut in Lumora camps\n\n" + opening + Request).Funding.Single(f => f.AmountText == "$30 million").Recipient;

    [Fact]
    public void The_bodys_agency_is_the_member_named_before() =>
        Assert.Equal("World Food Programme", RecipientAfter("Refugees in the Lumora camps will receive half rations from June, the World Food Programme (WFP) said on Monday."));

    [Fact]
    public void An_organisation_outside_the_body_is_not_its_agency() =>
        Assert.NotEqual("Oxfam", RecipientAfter("Refugees in the Lumora camps will receive half rations from June, the charity Oxfam said on Monday."));

    [Fact]
    public void A_member_named_after_the_noun_is_no_anaphor() =>
        Assert.NotEqual("World Food Programme", TestSupport.Analyze("Vaccines for Lumora\n\nThe World Food Programme said its stocks in Lumora were low. "
            + "Germany gave $8 million to the UN agency UNICEF for vaccines in Lumora.").Funding.Single(f => f.AmountText == "$8 million").Recipient);
}
