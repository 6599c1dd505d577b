using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Attributes;

/// <summary>"over the following three years" spreads one sum over several years as "over the next three years" does, so the
/// sum has no one year (SCHEMA.md); "following" outside such a span leaves the year alone. Sentences written for the tests.</summary>
public class FollowingYearsSpreadTests
{
    private static int? YearOf(string body, string amount) =>
        TestSupport.Process(body, new DateOnly(2026, 3, 10)).ToAnalysis().Funding.Single(f => f.AmountText == amount).Year;

    [Theory]
    [InlineData("Freedonia will give $9 million to Ruritania over the following three years.", "$9 million")]
    [InlineData("A sum of €12 million is to be disbursed to Ruritania over the subsequent five years, officials said.", "€12 million")]
    [InlineData("Freedonia said $7 million, to be paid out over the ensuing two years, will go to Ruritania's schools.", "$7 million")]
    public void A_span_of_following_years_gives_no_year(string body, string amount) =>
        Assert.Null(YearOf(body, amount));

    [Theory]
    [InlineData("Freedonia gave $3 million to Ruritania in 2025 following three years of drought.", "$3 million", 2025)]
    [InlineData("Freedonia will give $4 million to Ruritania in 2026 over the following weeks.", "$4 million", 2026)]
    public void Following_without_a_span_of_years_keeps_the_year(string body, string amount, int year) =>
        Assert.Equal(year, YearOf(body, amount));
}
