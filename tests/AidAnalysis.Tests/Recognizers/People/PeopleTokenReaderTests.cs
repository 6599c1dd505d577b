using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Recognizers;
using AidAnalysis.Recognizers.People;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Recognizers.People;

/// <summary>The token readers that replaced the person rules' window patterns find exactly what those patterns found, on texts
/// made of the pieces the patterns care about (function words, capitals, apostrophes, digits, spacing, line breaks).</summary>
public class PeopleTokenReaderTests
{
    private static TokenLayer Tokens(string text) => new Tokenizer(Lexicon.Default).Tokenize(text, []).Tokens;

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static Gen<string> TextOf(params string[] pieces) =>
        Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]).Array[0, 30].Select(string.Concat);

    [Fact]
    public void A_title_complement_is_what_its_pattern_read()
    {
        var pattern = new Regex(@"^(?<to> (?:of|for) (?:the )?\p{Lu}[\p{L}’']+(?: (?:and )?\p{Lu}[\p{L}’']+){0,4})", Options);
        var texts = TextOf(" ", " ", " ", "  ", "\n", "of", "for", "the", "and", "andes", "Health", "Peru", "’s", "'", "O’Neil", "X", "x",
            "Water Resources", "2", "É", "-", ",", ".", "(", "ofx", "The");
        Gen.Select(texts, Gen.Int[0, 200]).Sample((text, at) =>
        {
            at = Math.Min(at, text.Length);
            var expected = pattern.Match(text, at, Math.Min(text.Length - at, 120));
            var found = TitledNames.OwnerComplement(Tokens(text), at);
            Assert.Equal(expected.Success ? at + expected.Length : -1, found?.End ?? -1);
            Assert.True(found is null || found.Value.Start == at);
        }, iter: 20_000);
        // A complement the 120-character bound cuts inside a word.
        var longOne = " of " + string.Join(" and ", Enumerable.Repeat("Abcdefghijklmnopqrstuvwxyz", 5));
        Assert.Equal(120, TitledNames.OwnerComplement(Tokens(longOne), 0)?.End);
    }

    [Fact]
    public void A_leader_clause_is_what_its_pattern_read()
    {
        var pattern = new Regex(@"^,\s(?:who|which)\s(?:leads|led|heads|headed|runs|ran|chairs|chaired|directs|directed)\s(?:the\s)?", Options);
        var texts = TextOf(" ", " ", "\n", "\t", "  ", ",", "who", "which", "whom", "leads", "led", "ran", "directed", "the", "theatre", "The",
            "IMF", "mission", "’s", ".", "x");
        texts.Sample(text =>
        {
            var tokens = Tokens(text);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens.IsMark(i, ',')) continue;
                var comma = tokens[i].Start;
                var expected = pattern.Match(text, comma, Math.Min(text.Length - comma, 40));
                Assert.Equal(expected.Success ? comma + expected.Length : -1, RoleAppositions.LedNameStart(tokens, i, TextPatterns.SpanWordSet(Lexicon.Default.TitleNameWords["leading-verb"])));
            }
        }, iter: 20_000);
    }
}
