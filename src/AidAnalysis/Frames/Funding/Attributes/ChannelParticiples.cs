using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>"$5 million ..., distributed through a local charity", "aid channelled via the fund": a participle of handing
/// over followed by "through", "via" or "by" names the channel of the money (SCHEMA.md `channel`), not its handing over as
/// news, so it says nothing of the status. After "be" ("will be channelled through") the verb is the amount's own future
/// predicate.</summary>
internal static partial class ChannelParticiples
{
    [GeneratedRegex(@"^(?:delivered|distributed|channell?ed)$", TextPatterns.WindowOptions)]
    private static partial Regex ChannelVerb { get; }
    [GeneratedRegex(@"^\s(?:through|via|by)\b", TextPatterns.WindowOptions)]
    private static partial Regex ChannelAfter { get; }

    /// <summary>Removes such participles from <paramref name="cues"/> and returns the list.</summary>
    public static List<(FundingCue Entry, Span Span)> Removed(string text, List<(FundingCue Entry, Span Span)> cues)
    {
        cues.RemoveAll(c => c.Entry.Status == FundingStatus.Delivered && ChannelVerb.IsMatch(c.Entry.Phrase)
            && ChannelAfter.IsMatch(text.AsSpan(c.Span.End, Math.Min(9, text.Length - c.Span.End)))
            && !text.AsSpan(0, c.Span.Start).EndsWith("be ", StringComparison.Ordinal));
        return cues;
    }
}
