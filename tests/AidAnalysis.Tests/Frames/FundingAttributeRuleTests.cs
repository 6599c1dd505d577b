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
    [InlineData("The EU will pay €1 billion to Ukraine under the Ukraine Facility next month.", "€1 billion")]
    public void Financing_and_power_network_words_are_financial(string text, string amount) =>
        Assert.Equal(AidType.Financial, Figure(text, amount).AidType);

    /// <summary>A participle after the amount that raises a running total speaks of the total, not of the amount.</summary>
    [Fact]
    public void A_running_total_participle_leaves_the_amount_its_own_status()
    {
        var figures = Figures("Lisbon announced it will increase its grant for Mozambique by €50 million, bringing this year's total to €300 million.");
        Assert.Equal(FundingStatus.Pledged, figures.Single(f => f.AmountText == "€50 million").Status);
        Assert.Equal(FundingStatus.Previous, figures.Single(f => f.AmountText == "€300 million").Status);
    }

    /// <summary>A running total counted from an earlier year spans several years and has no one year.</summary>
    [Theory]
    [InlineData("Norway said on Monday it would give $20 million to Haiti. The new money adds to the $900 million Norway has provided to the country since 2019, the ministry said this week.")]
    [InlineData("On Monday Norway pledged $20 million for Haiti, taking its contribution since March 2022 to $900 million.")]
    public void A_total_counted_since_an_earlier_year_has_no_year(string text)
    {
        Assert.Null(Figure(text, "$900 million").Year);
        Assert.Equal(2025, Figure(text, "$20 million").Year);
    }

    /// <summary>A release still to come, or aid a donor will double, is promised money.</summary>
    [Theory]
    [InlineData("The European Union said it would release €30 million in humanitarian aid for Chad.", "€30 million")]
    [InlineData("Ireland will double its grant for Mali to £40 million, while Japan released €30 million for clinics last week.", "£40 million")]
    public void A_release_or_doubling_to_come_is_pledged(string text, string amount) =>
        Assert.Equal(FundingStatus.Pledged, Figure(text, amount).Status);

    /// <summary>A participle that names the channel ("delivered through UNDP") does not report the money handed over:
    /// with no other cue in its sentence, the amount's status stays unspecified.</summary>
    [Fact]
    public void A_channel_participle_is_no_delivery() =>
        Assert.Equal(FundingStatus.Unspecified, Figure("Jamaica's coast guard is to get a new package from Ottawa. Of it, $12 million pays for patrol boats, "
            + "delivered through UNICEF's regional office.", "$12 million").Status);

    /// <summary>Security missions, training and equipping forces, the European Peace Facility and munitions are military.</summary>
    [Theory]
    [InlineData("Ghana's navy will receive $30 million over two years to train and equip coastal patrols.", "$30 million")]
    [InlineData("Sweden will give €40 million through the European Peace Facility.", "€40 million")]
    [InlineData("Canada will give $50 million to the trust fund of the security mission in Haiti.", "$50 million")]
    [InlineData("Poland will give €20 million to Ukraine for shells and howitzers.", "€20 million")]
    public void Security_missions_and_forces_are_military(string text, string amount) =>
        Assert.Equal(AidType.Military, Figure(text, amount).AidType);

    /// <summary>An appeal, the food security cluster, debris removal and temporary housing are emergency relief.</summary>
    [Theory]
    [InlineData("The UN launched a $40 million appeal for Chad.", "$40 million")]
    [InlineData("The cabinet set aside $9 million for debris removal and temporary housing in the flooded towns.", "$9 million")]
    [InlineData("The agency will give $2 million to the food security cluster in Chad.", "$2 million")]
    public void Appeals_and_relief_work_are_humanitarian(string text, string amount) =>
        Assert.Equal(AidType.Humanitarian, Figure(text, amount).AidType);
}
