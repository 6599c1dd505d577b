using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Attributes;

/// <summary>A type word inside a job title names an office, not the kind of the money, so the headline's type still reaches
/// the amount; the same word describing the money still types it. Sentences written for the tests.</summary>
public class JobTitleTypeWordTests
{
    private static AidType TypeOf(string headline, string body, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(headline + "\n\n" + body, new ArticleMetadata(Title: headline, Published: new DateOnly(2026, 3, 10)), "t.txt"))
            .Funding.Single(f => f.AmountText == amount).AidType;

    [Theory]
    [InlineData("Norway sends military aid to Ukraine", "Norway will provide $5 million to Ukraine, the development cooperation minister said.", "$5 million", AidType.Military)]
    [InlineData("Japan backs Ukraine with budget support", "Japan will give $40 million to Ukraine, the UN humanitarian coordinator told reporters.", "$40 million", AidType.Financial)]
    [InlineData("Sweden sends military aid to Ukraine", "Disaster Management Minister Anna Berg said Sweden would give $3 million to Ukraine.", "$3 million", AidType.Military)]
    public void A_job_title_names_no_type(string headline, string body, string amount, AidType type) =>
        Assert.Equal(type, TypeOf(headline, body, amount));

    [Theory]
    [InlineData("Norway gives emergency food aid to Sudan", "Norway will provide $5 million to Sudan for development cooperation, the minister said.", "$5 million", AidType.Unspecified)]
    [InlineData("Japan backs Ukraine with budget support", "Japan will give $4 million in humanitarian aid to Ukraine, officials said.", "$4 million", AidType.Humanitarian)]
    public void The_same_words_describing_the_money_type_it(string headline, string body, string amount, AidType type) =>
        Assert.Equal(type, TypeOf(headline, body, amount));
}
