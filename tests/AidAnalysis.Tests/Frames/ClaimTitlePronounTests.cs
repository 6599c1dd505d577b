using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>A preposition inside a capitalised office name ("Ambassador to X") does not make the name after it an object.</summary>
public class ClaimTitlePronounTests
{
    [Fact]
    public void A_pronoun_points_back_to_the_holder_of_an_office_named_with_to()
    {
        var claims = TestSupport.Analyze("Rice arrives\n\nThe rice was received by Minister of Social Welfare Tendai Rukuni at a ceremony at the depot in Harare.\n\n"
            + "Speaking at the ceremony, Chinese Ambassador to Zimbabwe Lin Haoran said the gift reflected the friendship of the two countries.\n\n"
            + "He said China had sent food aid on several occasions.\n").Claims;
        var claim = Assert.Single(claims, c => c.Text.StartsWith("China had sent", StringComparison.Ordinal));
        Assert.NotEqual("Tendai Rukuni", claim.Speaker);
        Assert.Contains("Haoran", claim.Speaker, StringComparison.Ordinal);
    }
}
