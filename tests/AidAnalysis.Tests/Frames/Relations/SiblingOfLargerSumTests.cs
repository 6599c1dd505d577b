using AidAnalysis.Frames.Relations;

namespace AidAnalysis.Tests.Frames.Relations;

/// <summary>Lines of a stated total where two of them happen to add up to a third are all lines of the total, not a total of
/// their own (invented names and sums).</summary>
public class SiblingOfLargerSumTests
{
    private static RelationDraft Linked(string text) => RelationRuleFixture.Linked(new SumOfParts(RelationRuleFixture.Words), text);

    [Theory]
    // Lines told one a sentence after the total (€8m + €4m = €12m by chance).
    [InlineData("Varnia will give 40 million euros to Tolby this year. The largest share, 16 million euros, goes to demining. A further 12 million euros will go to the power grid. Some 8 million euros will rebuild schools. The remaining 4 million euros buys two machines.",
        "40 million euros", new[] { "16 million euros", "12 million euros", "8 million euros", "4 million euros" })]
    // A partitive list in one sentence, the lines in passive voice ($4m + $2m = $6m by chance).
    [InlineData("Of the $15 million, $6 million was set aside for clinics, $4 million for wells, $2 million for seeds and $3 million for roads.",
        "$15 million", new[] { "$6 million", "$4 million", "$2 million", "$3 million" })]
    // Lines first, the total after them, one line in a parenthesis ($5m + $3m + $1m = $9m by chance).
    [InlineData("The fund will spend $9 million on food (its biggest line), $5 million on shelter, $3 million on water, $1 million on seeds and $4 million on schools. Together the lines make up the $22 million the fund approved.",
        "$22 million", new[] { "$9 million", "$5 million", "$3 million", "$1 million", "$4 million" })]
    public void A_chance_sum_inside_a_list_of_lines_stays_a_line(string text, string total, string[] lines)
    {
        var draft = Linked(text);
        Assert.All(lines, line => Assert.Equal(total, RelationRuleFixture.ParentOf(draft, line)));
    }

    [Theory]
    // The total told first, the nested figure's lines right after it ($20m + $12m + $8m + $10m and $20m + $10m + $14m + $6m both
    // make $50m).
    [InlineData("Varnia pledged $50 million on Monday. Tolby gets $20 million, $12 million for food and $8 million for water, while Quell gets $10 million, Brennia $14 million and Lurel $6 million.",
        "$50 million", "$20 million", new[] { "$12 million", "$8 million" }, new[] { "$20 million", "$10 million", "$14 million", "$6 million" })]
    // The total last, the siblings named with their purposes.
    [InlineData("Ostmark gives $9 million to wells, $5 million for drilling and $4 million for pumps; Brennia gives $3 million to seeds, Lurel $2.5 million to schools and Quell $6.5 million to roads, $21 million in all.",
        "$21 million", "$9 million", new[] { "$5 million", "$4 million" }, new[] { "$9 million", "$3 million", "$2.5 million", "$6.5 million" })]
    public void Nested_lines_stay_nested_when_the_nested_reading_also_adds_up(string text, string whole, string nested, string[] lines, string[] siblings)
    {
        var draft = Linked(text);
        Assert.All(lines, line => Assert.Equal(nested, RelationRuleFixture.ParentOf(draft, line)));
        Assert.All(siblings, sibling => Assert.Equal(whole, RelationRuleFixture.ParentOf(draft, sibling)));
    }

    [Fact]
    public void A_total_twice_the_smaller_keeps_the_nearer_breakdown()
    {
        var draft = Linked("Varnia will give $10 million: $6 million for food and $4 million for shelter. Its aid this year now totals $20 million.");
        Assert.Equal("$10 million", RelationRuleFixture.ParentOf(draft, "$6 million"));
        Assert.Equal("$10 million", RelationRuleFixture.ParentOf(draft, "$4 million"));
    }

    [Fact]
    public void Nested_totals_that_do_not_add_up_flat_stay_nested()
    {
        var draft = Linked("Quell gave $31 million for food and $45 million for shelter, $76 million in all. With $24 million for schools, its support reaches $100 million.");
        Assert.Equal("$76 million", RelationRuleFixture.ParentOf(draft, "$31 million"));
        Assert.Equal("$76 million", RelationRuleFixture.ParentOf(draft, "$45 million"));
        Assert.Equal("$100 million", RelationRuleFixture.ParentOf(draft, "$76 million"));
    }
}
