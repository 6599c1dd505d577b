using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>A verb of lending ("lend", "lends", "lent"; lend-verb of funding-attribute-words.tsv) types money as financial only
/// when money is what it lends: "will lend Ruritania $300 million", "has lent more than $2 billion", "lent it money". In "has
/// lent diplomatic support to Y" or "lent its voice to the appeal" the verb lends no money and names no kind of aid. The
/// object is read on the tokens right after the verb: an amount or a money noun (lent-money-noun) before punctuation, a word
/// that ends the object (lend-object-stop: "to", "and") or the fifth word.</summary>
internal sealed class LendingWithMoney(Lexicon lexicon)
{
    private const int ObjectWords = 5;

    private readonly AttributeWords.Phrases _verbs = new(AttributeWords.Entries(lexicon, "lend-verb"));
    private readonly AttributeWords.Phrases _moneyNouns = new(AttributeWords.Entries(lexicon, "lent-money-noun"));
    private readonly AttributeWords.Phrases _stops = new(AttributeWords.Entries(lexicon, "lend-object-stop"));

    /// <summary>Whether the type word at <paramref name="cue"/> counts: any word but a verb of lending does; that verb counts
    /// with money as its object.</summary>
    public bool Counts(AnalysisDocument doc, Span cue)
    {
        var tokens = doc.Tokens;
        var verb = tokens.IndexAt(cue.Start);
        if (verb >= tokens.Count || tokens[verb].End != cue.End || !_verbs.IsWord(tokens, verb)) return true;
        var words = 0;
        var end = cue.End;
        for (var i = verb + 1; i < tokens.Count && tokens[i].Sentence == tokens[verb].Sentence; i++)
        {
            var kind = tokens[i].Kind;
            if (kind == TokenKind.Punctuation) break;
            // "lend Ruritania up to $3 billion": a stop word right before the amount belongs to the amount, so the object's
            // window reaches past it by StopReach tokens.
            if (_stops.IsWord(tokens, i))
            {
                end = tokens[Math.Min(tokens.Count - 1, i + StopReach)].End;
                break;
            }
            if (_moneyNouns.IsWord(tokens, i)) return true;
            end = tokens[i].End;
            if (kind != TokenKind.Symbol && ++words == ObjectWords) break;
        }
        return doc.MoneyOverlapping(new Span(cue.End, end)).Any(m => m.Span.Start >= cue.End);
    }

    /// <summary>How many tokens from a stop word on an amount it belongs to may start.</summary>
    private const int StopReach = 2;
}
