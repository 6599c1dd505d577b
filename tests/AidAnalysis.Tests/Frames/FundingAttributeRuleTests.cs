using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Status, aid type and year rules of the eighth session, each on sentences written for the tests.</summary>
public class FundingAttributeRuleTests
{
    private static readonly DateOnly Published = new(2025, 2, 3);

    private static IReadOnlyList<FundingFigure> Figures(string text) => TestSupport.Process(text, Published).ToAnalysis().Funding;

    private static FundingFigure Figure(string text, string amount) => Figures(text).Single(f => f.AmountText == amount);

    /// <summary>Lending and financing, and the hardware of power networks that energy-sector funding buys, are financial
    /// (OECD DAC loans; SCHEMA.md: energy-sector funding is financial).</summary>
    [Theory]
    [InlineData("The bank will provide $500 million in financing to Kenya.", "$500 million")]
    [InlineData("Canada will give $40 million to Moldova for new substations and transformers.", "$40 million")]
    [InlineData("Sweden will give $20 million to the Ukraine Energy Support Fund.", "$20 million")]
    public void Financing_and_power_network_words_are_financial(string text, string amount) =>
        Assert.Equal(AidType.Financial, Figure(text, amount).AidType);

    /// <summary>A participle after the amount that raises a running total speaks of the total, not of the amount.</summary>
    [Fact]
    public void A_running_total_participle_leaves_the_amount_its_own_status()
    {
        var figures = Figures("The European Union said it would increase its aid to Haiti by €50 million, bringing the total for the year to €300 million.");
        Assert.Equal(FundingStatus.Pledged, figures.Single(f => f.AmountText == "€50 million").Status);
        Assert.Equal(FundingStatus.Previous, figures.Single(f => f.AmountText == "€300 million").Status);
    }
}
