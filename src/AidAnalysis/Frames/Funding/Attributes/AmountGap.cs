using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>What may stand between a verb or noun and the amount it governs: approximations and determiners ("seeks
/// about", "a shortfall of more than"), each followed by whitespace.</summary>
internal sealed class AmountGap(AttributeWords words)
{
    /// <summary>Whether <paramref name="gap"/> holds nothing but such words.</summary>
    public bool IsGoverned(TokenLayer tokens, Span gap)
    {
        for (var i = tokens.FirstStartingFrom(gap.Start); i < tokens.Count && tokens[i].Start < gap.End; i++)
        {
            i = words.AmountGapWords.EndStartingAt(tokens, i, gap.End);
            if (i < 0 || tokens[i].End >= gap.End || !char.IsWhiteSpace(tokens.Text[tokens[i].End])) return false;
        }
        return true;
    }
}
