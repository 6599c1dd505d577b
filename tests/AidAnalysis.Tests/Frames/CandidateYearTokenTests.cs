namespace AidAnalysis.Tests.Frames;

/// <summary>Years that cannot date an amount, read on tokens: a comparison ("than in 2021", as written) and the end of a
/// loan's term ("repayment", "maturing", any case).</summary>
public class CandidateYearTokenTests
{
    private static int? YearOf(string text) => Assert.Single(TestSupport.Process(text, new DateOnly(2024, 5, 15)).Funding).Year;

    [Theory]
    [InlineData("Japan pledged $5 million to Chad, more than in 2021.")]
    [InlineData("Japan lent Chad $5 million, due for Repayment in 2035.")]
    [InlineData("Japan lent Chad $5 million in bonds maturing in 2035.")]
    public void A_comparison_or_a_loan_term_does_not_date_the_amount(string text) =>
        Assert.NotEqual(text.Contains("2021") ? 2021 : 2035, YearOf(text));
}
