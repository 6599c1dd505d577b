using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>"The food agency will receive $8 million", "each family would receive 500 dollars", "the clinic is to get $2 million": a
/// verb of receiving still to come (receipt-to-come of party-words.tsv) in the amount's clause before it. Money a receiver is yet to
/// get is the story's giver's money being shared out; money received so far came from givers only its own sentence can name.</summary>
internal sealed class ReceiptToCome(PartyWords words)
{
    /// <summary>Whether such a verb starts and ends inside <paramref name="scope"/>, and the amount after it names no source of
    /// its own ("will receive $150 million from selling power" is earned, not the story's giver's).</summary>
    public bool Holds(TokenLayer tokens, Span scope, Span amount, Span sentence)
    {
        if (tokens.Is(tokens.FirstStartingFrom(amount.End) is var next && next < tokens.Count && tokens[next].End <= sentence.End ? next : -1, "from"))
            return false;
        return Find(tokens, scope) is not null;
    }

    /// <summary>The last such verb that starts and ends inside <paramref name="scope"/> ("is to get"), or null: its subject
    /// is who receives.</summary>
    public Span? Find(TokenLayer tokens, Span scope)
    {
        var (first, end) = tokens.WhollyWithin(scope);
        for (var i = end - 1; i >= first; i--)
            if (tokens[i].Kind == TokenKind.Word && words.ReceiptsToCome.EndStartingAt(tokens, i, scope.End) is var last and >= 0)
                return new Span(tokens[i].Start, tokens[last].End);
        return null;
    }
}
