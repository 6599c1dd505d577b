using AidAnalysis.Recognizers.Money;

namespace AidAnalysis.Tests.Recognizers.Money;

/// <summary>The dashes of amounts, declared once (<see cref="AmountDashes"/>): the classes are those CurrencyAmounts spelt out
/// before, and the adjective pattern's anchors hold every hyphen its class reads.</summary>
public class AmountDashesTests
{
    [Fact]
    public void The_classes_are_those_the_currency_patterns_spelt_out()
    {
        Assert.Equal("[-\u2010\u2011]", AmountDashes.HyphenClass);
        Assert.Equal("[-\u2010\u2011\u2012–]", AmountDashes.RangeDashClass);
        Assert.Equal(["illion-", "thousand-", "illion\u2010", "thousand\u2010", "illion\u2011", "thousand\u2011"], AmountDashes.Hyphenated("illion", "thousand"));
    }

    public static TheoryData<char> Hyphens() => [.. AmountDashes.Hyphens];

    public static TheoryData<char> RangeDashes() => [.. AmountDashes.RangeDashes];

    [Theory]
    [MemberData(nameof(Hyphens))]
    public void Every_hyphen_joins_a_spaced_scale_to_its_currency(char hyphen)
    {
        var amount = $"30 million{hyphen}euro";
        Assert.Equal(30e6, TestSupport.Process($"Varnia set up a {amount} fund for the valley.").Money.Single(m => m.Text == amount).Value);
    }

    [Theory]
    [MemberData(nameof(RangeDashes))]
    public void Every_range_dash_joins_the_two_ends_of_a_range(char dash)
    {
        var amount = $"€3{dash}4 million";
        var money = TestSupport.Process($"The plan needs {amount} for the schools of Tolby.").Money.Single(m => m.Text == amount);
        Assert.Equal((3e6, 4e6), (money.Value, money.High));
    }
}
