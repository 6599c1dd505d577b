namespace AidAnalysis.Tests.Recognizers.Money;

/// <summary>"several hundred billion dollars" is a vague amount in a text that holds no other vague wording too.</summary>
public class VagueHundredBillionTests
{
    [Fact]
    public void Hundred_billion_is_found_without_other_vague_wording()
    {
        var several = TestSupport.Process("Rebuilding the coast will cost several hundred billion dollars, the planners wrote.").Money;
        var few = TestSupport.Process("Lenders weighed a few hundred billion euros in new credit.").Money;
        Assert.Equal(["several hundred billion dollars", "a few hundred billion euros"], several.Concat(few).Select(m => m.Text));
        Assert.All(several.Concat(few), m => Assert.Null(m.Value));
        Assert.Equal("EUR", few.Single().Currency);
    }
}
