using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"The aid will be handed over through two agencies: $1 million through one and $2 million through the other": a
/// cue whose own verb group is future ("will be delivered", "is to be delivered", "will deliver") promises the money, even
/// when the amount stands in a later clause of the sentence whose own words hold no future marker.</summary>
internal sealed class FutureCue(AttributeWords words)
{
    public bool Holds(TokenLayer tokens, Span cue, int floor)
    {
        var before = tokens.WordRightBefore(cue.Start, floor, WordSpacing.OneWhitespace);
        if (before >= 0 && tokens.IsExactly(before, "be")) before = tokens.WordRightBefore(tokens[before].Start, floor, WordSpacing.OneWhitespace);
        return before >= 0 && words.FutureMarkers.EndsAt(tokens, before, floor);
    }
}
