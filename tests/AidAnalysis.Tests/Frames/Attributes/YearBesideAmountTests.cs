namespace AidAnalysis.Tests.Frames.Attributes;

/// <summary>A year written right after the amount behind a preposition of time dates the sum itself, though the rest of its
/// clause speaks of later years; a year that opens a range or a period there dates no single year. Sentences written for the
/// tests.</summary>
public class YearBesideAmountTests
{
    private static int? YearOf(string body, string amount) =>
        TestSupport.Process(body, new DateOnly(2026, 3, 10)).ToAnalysis().Funding.Single(f => f.AmountText == amount).Year;

    [Theory]
    [InlineData("Freedonia will give C$15 million in 2026, rising through 2029, to support clinics in Ruritania, officials said.", "C$15 million", 2026)]
    [InlineData("Freedonia has set aside €20 million for 2027, with further sums over the next three years, the ministry said.", "€20 million", 2027)]
    [InlineData("Under the plan, a first tranche of $6 million during 2026 will be followed by annual payments until 2030.", "$6 million", 2026)]
    public void A_year_beside_the_amount_dates_it(string body, string amount, int year) =>
        Assert.Equal(year, YearOf(body, amount));

    [Theory]
    [InlineData("Freedonia will give $5 million in 2026 through 2029 to Ruritania's clinics.", "$5 million")]
    [InlineData("Freedonia will give $7 million in 2026-28 to Ruritania's schools over three years.", "$7 million")]
    public void A_year_that_opens_a_period_dates_nothing(string body, string amount) =>
        Assert.Null(YearOf(body, amount));
}
