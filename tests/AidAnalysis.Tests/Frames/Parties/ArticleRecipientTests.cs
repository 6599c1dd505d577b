using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>The story's receiver, which figures whose own clause names none take: a receiver described by a common noun far
/// below the lead belongs to its own clause, not to the story; texts written for the tests.</summary>
public class ArticleRecipientTests
{
    private static readonly DateOnly March2025 = new(2025, 3, 4);

    private static IReadOnlyList<FundingFigure> Funding(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: March2025), "t.txt")).Funding;

    private const string Lead = "Lenders back flood recovery\n\n"
        + "KARACHI, Pakistan - The Asian Development Bank approved a $200 million loan on Tuesday to rebuild roads and bridges damaged by the monsoon floods in Pakistan.\n\n"
        + "Japan said it would provide emergency relief goods worth $5 million, its embassy said.\n\n";

    [Fact]
    public void A_receiver_described_below_the_lead_gives_way_to_the_storys_state()
    {
        var funding = Funding(Lead
            + "The floods have killed more than 300 people since June, officials said.\n\n"
            + "Roads in the north remain closed and schools are shut.\n\n"
            + "The provincial government has allocated $20 million for compensation to families who lost their homes in the floods.\n");
        Assert.Equal("Pakistan", funding.Single(f => f.AmountText == "$5 million").Recipient);
        Assert.Equal("Pakistan", funding.Single(f => f.AmountText == "$200 million").Recipient);
        Assert.StartsWith("families who lost their homes", funding.Single(f => f.AmountText == "$20 million").Recipient);
    }

    [Fact]
    public void A_receiver_the_lead_describes_stands_for_the_story()
    {
        var funding = Funding(Lead
            + "The provincial government has allocated $20 million for compensation to families who lost their homes in the floods.\n");
        Assert.StartsWith("families who lost their homes", funding.Single(f => f.AmountText == "$5 million").Recipient);
    }

    [Fact]
    public void The_giver_the_dateline_names_is_not_the_storys_receiver()
    {
        var funding = Funding("Relief for storm-hit coast\n\n"
            + "TOKYO – Japan pledged $3 million in emergency aid on Monday, the foreign ministry said.\n\n"
            + "The Red Cross has also provided $200,000 in relief supplies, a spokesman said.\n\n"
            + "Officials said $10 million in aid is needed to rebuild the harbour.\n\n"
            + "More help could follow once the damage is known, he added.\n\n"
            + "The provincial government has allocated $1 million for compensation to families who lost their homes in the storm.\n");
        Assert.NotEqual("Japan", funding.Single(f => f.AmountText == "$10 million").Recipient);
        Assert.NotEqual("Japan", funding.Single(f => f.AmountText == "$200,000").Recipient);
    }
}
