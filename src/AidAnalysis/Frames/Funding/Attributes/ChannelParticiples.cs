using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"$5 million ..., distributed through a local charity", "aid channelled via the fund": a participle of handing
/// over followed by "through", "via" or "by" names the channel of the money (SCHEMA.md `channel`), not its handing over as
/// news, so it says nothing of the status. After "be", as in "will be channelled via", it is the amount's own
/// future predicate.</summary>
internal sealed class ChannelParticiples(AttributeWords words)
{
    /// <summary>Removes such participles from <paramref name="cues"/> and returns the list.</summary>
    public List<(FundingCue Entry, Span Span)> Removed(TokenLayer tokens, List<(FundingCue Entry, Span Span)> cues)
    {
        cues.RemoveAll(c => c.Entry.Status == FundingStatus.Delivered && words.ChannelParticiples.Contains(c.Entry.Phrase)
            && words.ChannelPrepositions.IsWord(tokens, tokens.WordRightAfter(c.Span.End, tokens.Text.Length, WordSpacing.OneWhitespace))
            && !(c.Span.Start > 0 && tokens.Text[c.Span.Start - 1] == ' ' && tokens.IsExactly(tokens.WordRightBefore(c.Span.Start, 0, WordSpacing.OneWhitespace), "be")));
        return cues;
    }
}
