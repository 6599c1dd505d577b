using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Attributes;

/// <summary>Food by itself names humanitarian aid, as shelter and water do (SCHEMA.md: humanitarian is emergency relief:
/// food, shelter, health, water); a word that only contains it, or food money that is no aid, stays as it was. Sentences
/// written for the tests.</summary>
public class FoodTypeWordTests
{
    private static FundingFigure Only(string text) =>
        Assert.Single(TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2025, 2, 3)), "t.txt")).Funding);

    [Theory]
    [InlineData("Canada will give $9 million to Chad for food distribution in the east.")]
    [InlineData("Food parcels worth $2 million were handed over to families in Tonga by Japan on Monday.")]
    [InlineData("The grant, which Austria announced on Friday, buys food for three camps in Niger and totals €4 million.")]
    [InlineData("Italy will give $3 million to Mali to pay for food and fuel.")]
    public void Food_names_humanitarian_aid(string text) => Assert.Equal(AidType.Humanitarian, Only(text).AidType);

    [Theory]
    [InlineData("The bank will lend Ghana $30 million to support seafood exporters.", AidType.Financial)]
    public void Words_containing_food_keep_their_type(string text, AidType type) => Assert.Equal(type, Only(text).AidType);

    [Theory]
    [InlineData("The IMF approved a $1.2 billion disbursement to Ruritania, which is struggling with soaring food prices.")]
    [InlineData("The World Bank will lend Freedonia $300 million as food inflation squeezes households.")]
    [InlineData("Japan gave Moldavia a $50 million loan to pay its food import bill.")]
    public void Food_prices_and_imports_name_no_relief(string text) => Assert.NotEqual(AidType.Humanitarian, Only(text).AidType);
}
