using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>An amount that opens an elided list item ("..., $4 million to B") is given by the verb of the item before it; a
/// purpose infinitive of that item ("to deliver food") makes its receiver no giver. Sentences written for the tests.</summary>
public class ElidedItemVerbTests
{
    private static readonly DateOnly March2025 = new(2025, 3, 10);

    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText("Aid\n\n" + text, new ArticleMetadata(Published: March2025), "t.txt")).Funding
            .Single(f => f.AmountText == amount);

    [Theory]
    [InlineData("Canada will provide $5 million to the World Food Programme to deliver food, $4 million to the Red Cross for medical care.", "$4 million", "Canada", "International Committee of the Red Cross")]
    [InlineData("Sweden has given SEK 20 million to UNICEF to provide clean water and SEK 10 million to the Red Cross.", "SEK 10 million", "Sweden", "International Committee of the Red Cross")]
    [InlineData("Japan gave $2 million to UNICEF to buy vaccines, $3 million to the World Food Programme to deliver rice, and $1 million to UNHCR.", "$1 million", "Japan", "UN Refugee Agency")]
    public void The_item_keeps_the_giver_of_the_list(string sentence, string amount, string donor, string recipient)
    {
        var figure = Figure(sentence, amount);
        Assert.Equal((donor, recipient), (figure.Donor, figure.Recipient));
    }

    [Theory]
    [InlineData("The EU will provide €5 million to UNICEF to support schools, while Germany will give €4 million to the Red Cross.", "€4 million", "Germany")]
    [InlineData("Norway will give $5 million to UNICEF, and Denmark agreed to provide $4 million to the Red Cross.", "$4 million", "Denmark")]
    public void An_item_with_its_own_giver_keeps_it(string sentence, string amount, string donor) =>
        Assert.Equal(donor, Figure(sentence, amount).Donor);
}
