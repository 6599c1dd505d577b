namespace AidAnalysis.Tests.Recognizers.Organizations;

/// <summary>The UN's own emergency fund belongs to the United Nations however the text names it. Sentences invented for the tests.</summary>
public class UnPooledFundTests
{
    [Theory]
    [InlineData("Relief teams said the Central Emergency Response Fund could be tapped if the floods spread.")]
    [InlineData("The UN Central Emergency Response Fund released money for the flood response in Lakeland.")]
    public void The_central_emergency_fund_belongs_to_the_united_nations(string text)
    {
        var fund = TestSupport.Analyze(text).Actors.Single(a => a.Name.Contains("Central Emergency Response Fund", StringComparison.Ordinal));
        Assert.Equal("United Nations", fund.Affiliation);
    }
}
