using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.AidItems;

/// <summary>An item's status from the status cue of its sentence nearest to it (a cue after the item counts as farther):
/// a wish list is requested, a supply delivered; goods a sum is meant to buy are not yet delivered.</summary>
internal sealed class ItemStatusReader(AidItemWords words)
{
    /// <summary>How far before an item a purpose phrase is looked for, and how far its end may stand from the item.</summary>
    private const int PurposeReach = 80, PurposeGap = 60;

    /// <summary>The distance, in characters, added to a cue written after the item: the verb before goods governs them.</summary>
    private const int FollowingCuePenalty = 40;

    public AidItemStatus StatusOf(AnalysisDocument document, Span item)
    {
        var index = document.SentenceIndexAt(item.Start);
        if (index < 0) return AidItemStatus.Unspecified;
        var sentence = document.Sentences[index].Span;
        var status = words.StatusCues.Find(document.Words, sentence)
            .Where(c => c.Entry.Status != AidItemStatus.Unspecified)
            .OrderBy(c => c.Span.DistanceTo(item) + (c.Span.Start > item.Start ? FollowingCuePenalty : 0))
            .Select(c => c.Entry.Status)
            .DefaultIfEmpty(AidItemStatus.Unspecified)
            .First();
        var inPurpose = InPurpose(document.Tokens, Math.Max(sentence.Start, item.Start - PurposeReach), item.Start);
        return inPurpose && status == AidItemStatus.Delivered ? AidItemStatus.Unspecified : status;
    }

    /// <summary>Whether a purpose phrase starting at or after <paramref name="floor"/> ends at most <see cref="PurposeGap"/>
    /// characters before <paramref name="item"/>, with no full stop or semicolon between (in a token either).</summary>
    private bool InPurpose(TokenLayer tokens, int floor, int item)
    {
        for (var i = tokens.LastEndingBy(item); i >= 0 && tokens[i].End >= item - PurposeGap; i--)
        {
            if (words.PurposeOpeners.EndsAt(tokens, i, floor)) return true;
            if (tokens.TextOf(i).IndexOfAny('.', ';') >= 0) return false;
        }
        return false;
    }
}
