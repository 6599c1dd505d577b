using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"A further $X has been requested for Y", "$X was sought from donors", "$X is being asked for": an amount that is
/// the subject of a passive verb of asking is money asked for (SCHEMA.md: requested, "asked for by the recipient or proposed
/// to a legislature"), as the active "has requested $X" is, and names aid though no verb of giving stands in its sentence.
/// At least one auxiliary and at most <see cref="AuxiliaryReach"/> stand between the amount and the participle.</summary>
internal sealed class PassiveRequest(AttributeWords words)
{
    private const int AuxiliaryReach = 4;

    public bool Holds(TokenLayer tokens, Span window, Span amount)
    {
        var word = tokens.WordRightAfter(amount.End, window.End, WordSpacing.OneWhitespace);
        var auxiliaries = 0;
        while (word >= 0 && auxiliaries < AuxiliaryReach && words.PassiveAuxiliaries.IsWord(tokens, word))
        {
            auxiliaries++;
            word = tokens.WordRightAfter(tokens[word].End, window.End, WordSpacing.OneWhitespace);
        }
        return auxiliaries > 0 && word >= 0 && words.RequestParticiples.EndStartingAt(tokens, word, window.End) >= 0;
    }
}
