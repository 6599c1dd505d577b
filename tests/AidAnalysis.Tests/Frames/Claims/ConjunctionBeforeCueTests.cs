using AidAnalysis.Frames.Claims;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>A conjunction between a quotation and the next cue opens a clause of its own, read from tokens on invented sentences.</summary>
public class ConjunctionBeforeCueTests
{
    private static readonly ConjunctionBeforeCue Conjunction = new(Lexicon.Default);

    [Theory]
    [InlineData("“Quick and fair,”; and the mayor warned.", true)]
    [InlineData("“Quick and fair,” the mayor and the clerk warned.", false)]
    [InlineData("“Quick and fair,” the mayor, but not the clerk, warned.", true)]
    public void A_conjunction_before_the_cue_opens_a_clause(string text, bool expected)
    {
        var tokens = TestSupport.Process(text).Tokens;
        var window = new Span(text.IndexOf('”') + 1, text.Length);

        Assert.Equal(expected, Conjunction.OpensClause(tokens, window, "warned"));
    }
}
