using AidAnalysis.Lexicons;
using AidAnalysis.Recognizers.People;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Recognizers.People;

/// <summary>The name that opens its clause and is closed off by an aside right before its reporting verb.</summary>
public class NamesBeforeAsidesTests
{
    private static string? NameBeforeAside(string text)
    {
        var tokens = new Tokenizer(Lexicon.Default).Tokenize(text, []).Tokens;
        var verb = text.LastIndexOf("said", StringComparison.Ordinal);
        return new NamesBeforeAsides(Lexicon.Default).BeforeAside(tokens, verb) is { } name ? text[name.Start..name.End] : null;
    }

    [Theory]
    [InlineData("Tomas Vell, a ferry pilot, said the road was shut.", "Tomas Vell")]
    [InlineData("Tomas Vell, 46, has also said so.", "Tomas Vell")]
    [InlineData("It rained. Tomas Vell, the U.N. liaison, said so.", "Tomas Vell")]
    [InlineData("In Lakeport, Tomas Vell, 46, said so.", "Tomas Vell")]
    [InlineData("The boat sank. fisherman Tomas Vell, 46, said so.", "Tomas Vell")]
    // Lower-case words describing the role noun go with it.
    [InlineData("In Lakeport, subsistence fisherman Tomas Vell, 46, said so.", "Tomas Vell")]
    [InlineData("The boat sank. old river fisherman Tomas Vell, 46, has said so.", "Tomas Vell")]
    [InlineData("In Lakeport, three old river fisherman Tomas Vell, 46, said so.", null)]
    [InlineData("They met when river fisherman Tomas Vell, 46, said so.", null)]
    [InlineData("Tomas Vell, a ferry pilot, has also then said so.", null)]
    [InlineData("Tomas Vell, Anna Berg, said so.", null)]
    [InlineData("Tomas Vell, a pilot. Lin Wei, a nurse, said so.", "Lin Wei")]
    [InlineData("Yesterday, Tomas Vell, 46, said so.", null)]
    [InlineData("Tomas Vell, a 1,500-ton ferry pilot, said so.", null)]
    [InlineData("They met when Tomas Vell, 46, said so.", null)]
    // An aside is bounded by its sentence and its commas, not by a count of characters.
    [InlineData("Tomas Vell, a ferry pilot who has carried grain and medicine and fuel across the lake between the two valley towns every single week for the past eleven years and more, said so.", "Tomas Vell")]
    public void A_name_before_an_aside_opens_its_clause(string text, string? name) =>
        Assert.Equal(name, NameBeforeAside(text));
}
