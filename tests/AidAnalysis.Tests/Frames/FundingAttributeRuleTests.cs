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
}
