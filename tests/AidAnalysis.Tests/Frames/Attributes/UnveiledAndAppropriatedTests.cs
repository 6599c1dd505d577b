using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Attributes;

/// <summary>A package "unveiled" is announced (pledged) in every form, as "unveils" is; money a legislature "appropriated" is set
/// aside by a decision (allocated); a nearer verb of another status still decides. Sentences written for the tests.</summary>
public class UnveiledAndAppropriatedTests
{
    private static FundingStatus StatusOf(string body) =>
        TestSupport.Process("Aid\n\n" + body, new DateOnly(2026, 3, 10)).ToAnalysis().Funding.Single().Status;

    [Theory]
    [InlineData("Japan unveiled a $20 million package for Sudan.", FundingStatus.Pledged)]
    [InlineData("Unveiling $15 million in new aid for Sudan on Monday, Japan said more would follow.", FundingStatus.Pledged)]
    [InlineData("A $20 million package for Sudan was unveiled by Japan on Tuesday.", FundingStatus.Pledged)]
    [InlineData("Congress appropriated $400 million for Ukraine's air defences.", FundingStatus.Allocated)]
    // Near-misses: the amount's own verb of another status.
    [InlineData("Japan had given $3 million to Sudan before the minister unveiled a new strategy.", FundingStatus.Previous)]
    [InlineData("The ministry unveiled a new strategy on Monday, a year after Japan delivered $3 million to Sudan.", FundingStatus.Delivered)]
    public void Unveiled_and_appropriated_name_a_status(string body, FundingStatus status) =>
        Assert.Equal(status, StatusOf(body));
}
