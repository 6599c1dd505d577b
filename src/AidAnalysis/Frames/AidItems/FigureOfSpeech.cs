using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.AidItems;

/// <summary>"sowed the seeds of unrest", "planted seeds of doubt": a figure verb right before the item (an article between
/// allowed) and "of" right after it make the item a figure of speech, not goods.</summary>
internal sealed class FigureOfSpeech(AidItemWords words)
{
    /// <summary>How far before the item the verb may start, in characters.</summary>
    private const int VerbReach = 24;

    public bool Applies(TokenLayer tokens, Span item)
    {
        var floor = Math.Max(0, item.Start - VerbReach);
        var of = tokens.WordRightAfter(item.End, Math.Min(tokens.Text.Length, item.End + 4), WordSpacing.OneWhitespace);
        if (!tokens.IsExactly(of, "of")) return false;
        var before = tokens.WordRightBefore(item.Start, floor, WordSpacing.OneWhitespace);
        if (words.RecipientArticles.IsWord(tokens, before)) before = tokens.WordRightBefore(tokens[before].Start, floor, WordSpacing.OneWhitespace);
        return words.FigureVerbs.IsWord(tokens, before);
    }
}
