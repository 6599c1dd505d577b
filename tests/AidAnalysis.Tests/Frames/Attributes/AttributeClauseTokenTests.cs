using AidAnalysis.Frames;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Tests.Frames.Attributes;

/// <summary>The funding attribute rules moved from character windows onto the token layer in session nine's second pass,
/// each on sentences written for the tests.</summary>
public class AttributeClauseTokenTests
{
    private static readonly AttributeWords Words = new(Lexicon.Default);

    private static (AnalysisDocument Doc, Span Whole) Read(string text) => (TestSupport.Process(text), new Span(0, text.Length));

    [Theory]
    [InlineData("The $3 million will equip Freedonia’s army with radios.", true)]
    [InlineData("The $3 million will pay O'Brien's armed forces.", true)]
    [InlineData("The $3 million will equip the state’s army with radios.", false)]
    [InlineData("The $3 million will equip Freedonia’s armies with radios.", false)]
    [InlineData("The $3 million goes to Freedonia’s  army.", false)]
    public void A_states_forces_after_a_capitalised_possessive(string text, bool holds)
    {
        var (doc, whole) = Read(text);
        Assert.Equal(holds, new ForcesOfState(Words).In(doc.Tokens, whole));
    }

    [Theory]
    [InlineData("Freedonia gave $3 million in budget support to the Ruritanian government.", true)]
    [InlineData("Freedonia gave $3 million in budget support to government.", true)]
    [InlineData("Freedonia gave $3 million as a contribution for the government.", true)]
    [InlineData("Freedonia gave $3 million in aid to the regional government.", false)]
    [InlineData("Freedonia gave $3 million in support to the Ruritanian governments.", false)]
    [InlineData("Freedonia gave $3 million to the Ruritanian government.", false)]
    public void Support_given_to_a_government(string text, bool holds)
    {
        var (doc, whole) = Read(text);
        Assert.Equal(holds, new SupportToGovernment(Words).In(doc.Tokens, whole));
    }

    [Theory]
    [InlineData("Of the fund, €2 million is to be spent on tools.", true)]
    [InlineData("Of the fund, €2 million (a third) will also go to schools.", true)]
    // The predicate's verb ends 44 characters after the amount, behind a parenthesis of three words.
    [InlineData("Of the fund, €2 million (approximately €1.8 million) is to be spent on tools.", true)]
    [InlineData("Of the fund, €2 million are to be channeled through Oxfam.", true)]
    [InlineData("Of the fund, €2 million, officials said, will go to schools.", false)]
    [InlineData("Of the fund, €2 million will be given to schools.", false)]
    [InlineData("Of the fund, €2 million (which the council voted on last year) will go to schools.", false)]
    public void A_future_predicate_that_hands_the_share_to_its_use(string text, bool holds)
    {
        var (doc, whole) = Read(text);
        var start = text.IndexOf("€2 million", StringComparison.Ordinal);
        Assert.Equal(holds, new FutureShare(Words).Follows(doc.Tokens, new Span(start, start + "€2 million".Length), whole));
    }

    [Theory]
    [InlineData("Freedonia sent $9 million in new military, economic and humanitarian assistance.", true)]
    [InlineData("Freedonia sent $9 million of military or humanitarian aid.", true)]
    [InlineData("Freedonia sent $9 million to military, economic and humanitarian assistance.", false)]
    [InlineData("Freedonia sent $9 million in military, economic and humanitarian terms.", false)]
    [InlineData("Freedonia sent $9 million in humanitarian aid.", false)]
    // The list runs on for more than 100 characters: its own words, not their length, bound it.
    [InlineData("Freedonia sent $9 million in military, humanitarian, medical, nutrition, sanitation, hygiene, vaccination, water, food and shelter assistance.", true)]
    public void A_package_of_coordinated_aid_kinds_keeps_no_single_type(string text, bool holds)
    {
        var (doc, whole) = Read(text);
        var types = Lexicon.Default.AidTypeCues.GroupBy(c => c.Phrase, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Type, StringComparer.OrdinalIgnoreCase);
        var start = text.IndexOf("$9 million", StringComparison.Ordinal);
        Assert.Equal(holds, new MixedPackage(Words, types).Holds(doc.Tokens, new Span(start, start + "$9 million".Length), whole));
    }
}
