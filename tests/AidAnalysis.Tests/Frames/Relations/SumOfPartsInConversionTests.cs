using AidAnalysis.Frames.Relations;

namespace AidAnalysis.Tests.Frames.Relations;

/// <summary>Lines given in the currency of a total's conversion add up to the conversion and are the lines of the total it
/// restates (invented names and sums).</summary>
public class SumOfPartsInConversionTests
{
    private static RelationDraft Linked(string text) => RelationRuleFixture.Linked(new SumOfParts(RelationRuleFixture.Words), text);

    [Fact]
    public void Lines_in_the_conversion_currency_are_parts_of_the_total_it_restates()
    {
        var draft = Linked("The Varnia Fund has committed AED 367 million (US$100 million) in loans for power projects. Tolby will receive US$45 million for a solar plant, Quell US$35 million for its grid and Lurel US$20 million for mini-grids.");
        Assert.All(new[] { "US$45 million", "US$35 million", "US$20 million" },
            line => Assert.Equal("AED 367 million", RelationRuleFixture.ParentOf(draft, line)));
    }

    [Fact]
    public void Lines_that_do_not_add_up_to_the_conversion_stay_apart()
    {
        var draft = Linked("The Varnia Fund has committed AED 367 million (US$100 million) in loans for power projects. Tolby will receive US$45 million for a solar plant and Quell US$35 million for its grid.");
        Assert.All(new[] { "US$45 million", "US$35 million" }, line => Assert.Null(RelationRuleFixture.ParentOf(draft, line)));
    }
}
