using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Attributes;

/// <summary>A verb of lending types an amount as financial only when money is what it lends; lent support, weight or backing
/// names no kind of aid. Sentences written for the tests.</summary>
public class LendingWithMoneyTests
{
    private static AidType TypeOf(string body, string amount) =>
        TestSupport.Process(body, new DateOnly(2026, 3, 10)).ToAnalysis().Funding.Single(f => f.AmountText == amount).AidType;

    [Theory]
    [InlineData("Freedonia, which has lent diplomatic support to Ruritania, will give $20 million, the foreign ministry said.", "$20 million")]
    [InlineData("Ostravia lent its weight to the talks and promised $6 million to Ruritania.", "$6 million")]
    [InlineData("Ruritania, long lent moral backing by Freedonia, received $4 million from it on Monday.", "$4 million")]
    public void Lending_no_money_names_no_type(string body, string amount) =>
        Assert.Equal(AidType.Unspecified, TypeOf(body, amount));

    [Theory]
    [InlineData("Freedonia will lend Ruritania $300 million to extend the capital's metro network.", "$300 million")]
    [InlineData("Freedonia will lend Ruritania up to $3 billion to shore up its reserves.", "$3 billion")]
    [InlineData("Freedonia, which lent Ruritania money in 2019, will now send $5 million.", "$5 million")]
    public void Lending_money_is_financial(string body, string amount) =>
        Assert.Equal(AidType.Financial, TypeOf(body, amount));
}
