using AidAnalysis.Frames.Relations;

namespace AidAnalysis.Tests.Frames.Relations;

/// <summary>An amount set off after another by a comma or dashes, with "or" or an approximation, restates it in another
/// currency (invented names and sums).</summary>
public class AppositiveConversionTests
{
    private static RelationDraft Linked(string text) => RelationRuleFixture.Linked(new AppositiveConversion(RelationRuleFixture.Words), text);

    [Theory]
    // A comma and an approximation.
    [InlineData("Varnia will lend Tolby 45.6 billion yen, around $310 million, to build a water plant.", "$310 million", "45.6 billion yen")]
    // "or" and an approximation inside a relative clause's object.
    [InlineData("The new aid comes on top of the roughly 9 billion euros, or about $10.5 billion, that Varnia has budgeted this year.", "$10.5 billion", "9 billion euros")]
    // Two dashes, the restated amount in the subject.
    [InlineData("The remaining $12 million -- roughly 17.4 billion won -- is earmarked for a school programme.", "17.4 billion won", "$12 million")]
    // Inside a parenthesis naming the giver.
    [InlineData("The convoy was paid for by Varnia (15 million euros, about $17.5 million) and Tolby ($5 million).", "$17.5 million", "15 million euros")]
    // A currency without a rate: "or" and an approximation together.
    [InlineData("Malawi's finance ministry said it had set aside 6 billion kwacha, or roughly $3.5 million, from its contingency budget.", "$3.5 million", "6 billion kwacha")]
    public void An_amount_set_off_after_another_restates_it(string text, string conversion, string source) =>
        Assert.Equal(source, RelationRuleFixture.SourceOf(Linked(text), conversion));

    [Theory]
    // A list of givers: neither "or" nor an approximation, however the values compare.
    [InlineData("Varnia gave 10 million euros, Tolby $11 million, to the fund on Monday.", "$11 million")]
    // A comparison: the dollar amount is no value of the euros.
    [InlineData("Quell will give 10 million euros, or about $2 million more than last year, to the camps.", "$2 million")]
    // One currency: a rate per year, not a restatement.
    [InlineData("Ostmark pledged $10 million, or about $2 million a year, for schools.", "$2 million")]
    public void Other_amounts_after_a_comma_are_no_restatements(string text, string amount) =>
        Assert.Null(RelationRuleFixture.SourceOf(Linked(text), amount));
}
