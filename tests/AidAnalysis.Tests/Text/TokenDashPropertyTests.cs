using AidAnalysis.Lexicons;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Text;

/// <summary>
/// <see cref="TokenLayer.IsDash"/> replaced four dash tests of the dateline readers and the news agency's credit: three
/// <c>IsMark</c> calls (its own body now), and a test of a one-character token's character alone. On random texts of dashes,
/// other marks, letters and spaces it answers as that test did for every token.
/// </summary>
public class TokenDashPropertyTests
{
    private const string Characters = "-–—‒―−_:(),.'’ ab\nZ1";

    private static readonly Gen<string> Text =
        Gen.Int[0, Characters.Length - 1].Select(i => Characters[i]).Array[0, 24].Select(cs => new string(cs));

    [Fact]
    public void A_dash_is_found_exactly_where_the_tests_it_replaced_found_one()
    {
        var tokenizer = new Tokenizer(Lexicon.Default);
        Text.Sample(text =>
        {
            var tokens = tokenizer.Tokenize(text, []).Tokens;
            // Out of range there is no dash, as IsMark answered.
            if (tokens.IsDash(-1) || tokens.IsDash(tokens.Count)) return false;
            for (var i = 0; i < tokens.Count; i++)
                if (tokens.IsDash(i) != (tokens[i].Length == 1 && "-–—".Contains(tokens.TextOf(i)[0]))) return false;
            return true;
        });
    }

    [Fact]
    public void Hyphens_en_and_em_dashes_are_dashes_and_other_marks_are_not()
    {
        var tokens = new Tokenizer(Lexicon.Default).Tokenize("Lorva - Tenn – Quill — Dray ‒ Mott ―: x-y", []).Tokens;
        var dashes = Enumerable.Range(0, tokens.Count).Where(tokens.IsDash).Select(i => tokens.TextOf(i).ToString());
        Assert.Equal(["-", "–", "—", "-"], dashes);
    }
}
