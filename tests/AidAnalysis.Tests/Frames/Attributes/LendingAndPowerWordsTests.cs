using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Attributes;

/// <summary>A verb of lending in any form ("will lend", "lends", "has lent") and the power stations that energy-sector money
/// keeps running type an amount as financial (SCHEMA.md: loans and energy-sector funding); cash assistance, a relief modality
/// (OCHA, ECHO; OECD DAC 72040), types it as humanitarian; a nearer word of the other kind still types its own amount.
/// Sentences written for the tests.</summary>
public class LendingAndPowerWordsTests
{
    private static AidType TypeOf(string body, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText("Freedonia and Ruritania sign agreements\n\n" + body,
                new ArticleMetadata(Title: "Freedonia and Ruritania sign agreements", Published: new DateOnly(2025, 3, 10)), "t.txt"))
            .Funding.Single(f => f.AmountText == amount).AidType;

    [Theory]
    [InlineData("Freedonia will lend Ruritania $300 million to extend the capital's metro network, the two governments said.", "$300 million")]
    [InlineData("Under the accord, Freedonia lends Ruritania $40 million for a new port road.", "$40 million")]
    [InlineData("Over the past decade Freedonia has lent more than $2 billion to Ruritania, officials said.", "$2 billion")]
    [InlineData("The grant of $50 million will keep Ruritania's power stations running through the winter.", "$50 million")]
    // Near-misses of cash assistance: a nearer financial word.
    [InlineData("Freedonia approved a $100 million loan to Ruritania, part of which may fund cash assistance.", "$100 million")]
    [InlineData("Freedonia said cash assistance alone cannot pay for $3 billion of power grid repairs.", "$3 billion")]
    public void Lending_and_power_stations_are_financial(string body, string amount) =>
        Assert.Equal(AidType.Financial, TypeOf(body, amount));

    [Theory]
    [InlineData("Freedonia, which lent Ruritania money in 2019, will now send $5 million in food aid.", "$5 million")]
    [InlineData("Freedonia lent its voice to the appeal and gave $3 million for flood victims.", "$3 million")]
    [InlineData("Freedonia has pledged $4 million in emergency cash assistance to Ruritania.", "$4 million")]
    [InlineData("About $9 million will pay for cash aid to 20,000 families in Ruritania.", "$9 million")]
    [InlineData("Ruritania received cash assistance worth $2 million from Freedonia last week.", "$2 million")]
    public void Relief_words_and_cash_assistance_are_humanitarian(string body, string amount) =>
        Assert.Equal(AidType.Humanitarian, TypeOf(body, amount));
}
