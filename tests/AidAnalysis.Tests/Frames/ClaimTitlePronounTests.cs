using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>A preposition inside a capitalised office name ("Ambassador to X") does not make the name after it an object.</summary>
public class ClaimTitlePronounTests
{
    [Fact]
    public void A_pronoun_points_back_to_the_holder_of_an_office_named_with_to()
    {
        var claims = TestSupport.Analyze("Seed handed over\n\nOn Monday Minister of Agriculture Dalia Verhoek took delivery of the maize seed in Lilongwe.\n\n"
            + "At the handover, Japanese Ambassador to Malawi Kenji Oshiro said the seed should let growers plant before the rains.\n\n"
            + "He said Japan had shipped seed to the valley twice already.\n").Claims;
        var claim = Assert.Single(claims, c => c.Text.StartsWith("Japan had shipped", StringComparison.Ordinal));
        Assert.Contains("Oshiro", claim.Speaker, StringComparison.Ordinal);
    }
}
