using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"has paid out $20 million of an earlier grant": a background word in an "of" phrase after the amount dates the
/// whole the amount is drawn from, not the amount. The preposition follows the amount, the determiner the preposition and
/// the background word the determiner, each one whitespace apart: that chain of three words is the whole reach.</summary>
internal sealed class DrawnFromWhole(AttributeWords words)
{
    /// <summary>Whether <paramref name="cue"/> qualifies the whole the amount is drawn from.</summary>
    public bool QualifiesTheWhole(TokenLayer tokens, Span amount, (FundingCue Entry, Span Span) cue)
    {
        if (cue.Entry.Status != FundingStatus.Previous || cue.Entry.IsGivingVerb || cue.Span.Start < amount.End)
            return false;
        var preposition = tokens.WordRightAfter(amount.End, cue.Span.Start, WordSpacing.OneWhitespace);
        if (!words.WholePrepositions.IsWord(tokens, preposition)) return false;
        var determiner = tokens.WordRightAfter(tokens[preposition].End, cue.Span.Start, WordSpacing.OneWhitespace);
        return words.WholeDeterminers.IsWord(tokens, determiner) && tokens[determiner].End == cue.Span.Start - 1
            && char.IsWhiteSpace(tokens.Text[cue.Span.Start - 1]);
    }
}
