using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.AidItems;

/// <summary>An item word that names another thing: "anti-tank", "counter drone" before it; "-detection", " jammers" or any
/// hyphenated word after it ("drone detection systems" are not drones).</summary>
internal sealed class PartOfOtherThing(AidItemWords words)
{
    /// <summary>How far before the item a defeating prefix may start, and after it a modifier head may end, in characters.</summary>
    private const int PrefixReach = 9, HeadReach = 12;

    public bool Applies(TokenLayer tokens, Span item)
    {
        var floor = Math.Max(0, item.Start - PrefixReach);
        return words.DefeatingPrefixes.IsWord(tokens, tokens.WordHyphenatedBefore(item.Start, floor))
            || words.DefeatingPrefixes.IsWord(tokens, tokens.WordRightBefore(item.Start, floor, WordSpacing.OneWhitespace))
            || tokens.HyphenatedOnward(item.End)
            || words.ModifierHeads.IsWord(tokens, tokens.WordRightAfter(item.End, Math.Min(tokens.Text.Length, item.End + HeadReach), WordSpacing.OneWhitespace));
    }
}
