using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>"X added $5 million", "X may add up to €50 million": a form of "add" (adding-verb of party-words.tsv) whose object
/// is the amount, a few lower-case words before it, is a verb of giving more; its subject gives. "adding that ..." takes a
/// clause, not the amount: no mark and no relative word ("that", "which") may stand between. "X redirected $5 million from a
/// project", "X will reallocate up to $50 million" (reallocating-verb): money moved to a new use is given anew by the subject.</summary>
internal sealed class AddingVerb(PartyWords words)
{
    /// <summary>How many words ("up to", "another", "roughly") may stand between the verb and the amount.</summary>
    private const int Between = 3;

    public Span? Find(TokenLayer tokens, Span sentence, Span amount)
    {
        var i = tokens.FirstStartingFrom(amount.Start) - 1;
        for (var n = 0; n <= Between && i >= 0 && tokens[i].Start >= sentence.Start; n++, i--)
        {
            if (tokens[i].Kind != TokenKind.Word || !char.IsAsciiLetterLower(tokens.Text[tokens[i].Start])
                || tokens.IsExactlyAny(i, words.SubjectGapRelatives)) return null;
            if (tokens.IsAny(i, words.AddingVerbs)) return AddsToSum(tokens, i) ? null : new Span(tokens[i].Start, tokens[i].End);
            if (tokens.IsAny(i, words.ReallocatingVerbs)) return new Span(tokens[i].Start, tokens[i].End);
        }
        return null;
    }

    /// <summary>"which adds to $X already given" raises a sum, and "aid adds up to $X" totals one: neither gives the amount.
    /// Only the plain form after a modal ("may add up to $X") offers up to it.</summary>
    private static bool AddsToSum(TokenLayer tokens, int verb) =>
        tokens.IsExactly(verb + 1, "to")
        || !tokens.IsExactly(verb, "add") && tokens.IsExactly(verb + 1, "up") && tokens.IsExactly(verb + 2, "to");
}
