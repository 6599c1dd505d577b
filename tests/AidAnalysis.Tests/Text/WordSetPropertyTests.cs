using AidAnalysis.Lexicons;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Text;

/// <summary>
/// A word set asked about a token answers as its comparer does about the token's characters, for random words mixing
/// ASCII letters with letters beyond ASCII whose invariant case maps onto ASCII ones ("ſ", "ı", the Kelvin sign, "İ"):
/// the numbers test must never rule out a word the comparer would match.
/// </summary>
public class WordSetPropertyTests
{
    private const string Letters = "aksiSKIzZ\u017F\u0131\u212A\u0130\u00E9\u00C9\u00DF";

    private static readonly Gen<string> Word = Gen.Int[0, Letters.Length - 1].Select(i => Letters[i]).Array[1, 5].Select(cs => new string(cs));

    // The text's words are the pool's words, each as written, upper-cased or lower-cased (the invariant way, which turns "ſ"
    // into "S"), so a text word often equals a key ignoring case or differs from one only by such a letter.
    private static readonly Gen<(string[] Keys, string Text)> Case =
        Gen.Select(Word.Array[1, 12], Gen.Int[0, 2].Array[12, 12])
            .Select((pool, casing) => (
                pool[..Math.Max(1, pool.Length / 2)],
                string.Join(' ', pool.Select((w, i) => casing[i] switch { 0 => w, 1 => w.ToUpperInvariant(), _ => w.ToLowerInvariant() }))));

    [Fact]
    public void A_token_is_found_exactly_when_the_sets_comparer_finds_it()
    {
        var tokenizer = new Tokenizer(Lexicon.Default);
        Case.Sample(c =>
        {
            var tokens = tokenizer.Tokenize(c.Text, []).Tokens;
            foreach (var caseSensitive in new[] { false, true })
            {
                var set = new WordSet(c.Keys, caseSensitive);
                var byComparer = new HashSet<string>(c.Keys, caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < tokens.Count; i++)
                    if (set.Contains(tokens, i) != byComparer.Contains(tokens.TextOf(i).ToString())) return false;
            }
            return true;
        });
    }
}
