using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.AidItems;

/// <summary>"not supplying lethal weapons", "without tents": an item mentioned as not given is not an aid item. The negator
/// must be followed by a space, not a mark: "whether or not, Norland delivered tents" negates nothing.</summary>
internal sealed class NegatedItem(AidItemWords words)
{
    /// <summary>How far before the item the negator may start, in characters: the verb and a modifier between.</summary>
    private const int NegatorReach = 25;

    public bool Applies(TokenLayer tokens, Span item)
    {
        var (first, end) = tokens.WhollyWithin(new Span(Math.Max(0, item.Start - NegatorReach), item.Start));
        for (var i = first; i < end; i++)
            if (words.Negators.IsWord(tokens, i) && tokens[i + 1].Start > tokens[i].End)
                return true;
        return false;
    }
}
