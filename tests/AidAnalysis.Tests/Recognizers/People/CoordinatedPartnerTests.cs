using AidAnalysis.Lexicons;
using AidAnalysis.Recognizers.People;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Recognizers.People;

/// <summary>The first name of a pair ("Anna Berg and Lin Wei") is read from the tokens before the second: "and" with one space on
/// either side.</summary>
public class CoordinatedPartnerTests
{
    [Theory]
    [InlineData("Anna Berg and Lin Wei, aides to the envoy, spoke.", "Anna Berg")]
    [InlineData("Anna Berg  and Lin Wei, aides to the envoy, spoke.", null)]
    [InlineData("Anna Berg and  Lin Wei, aides to the envoy, spoke.", null)]
    [InlineData("Anna Berg\nand Lin Wei, aides to the envoy, spoke.", null)]
    [InlineData("Anna Berg or Lin Wei, aides to the envoy, spoke.", null)]
    [InlineData("Anna Berg, and Lin Wei, aides to the envoy, spoke.", null)]
    public void The_partner_before_and_is_a_full_name_opening_its_clause(string text, string? partner)
    {
        var tokens = new Tokenizer(Lexicon.Default).Tokenize(text, []).Tokens;
        var found = new NameCleaner(Lexicon.Default).CoordinatedPartner(tokens, text.IndexOf("Lin", StringComparison.Ordinal), new bool[text.Length]);
        Assert.Equal(partner, found is { } span ? text[span.Start..span.End] : null);
    }
}
