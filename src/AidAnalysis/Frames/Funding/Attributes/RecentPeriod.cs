using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"contributions received over the past two weeks", "in the past few days": a stretch of days or weeks counted
/// back from the publication is the news's own time, not background, so the "over the past" or "in the past" cue that opens
/// it says nothing of an earlier round. A longer stretch ("over the past year", "in the past") keeps the cue. The count and
/// unit are the time-expression-words.tsv classes few-count and days-or-weeks, the cues its class counted-back-cue.</summary>
internal sealed class RecentPeriod(Lexicon lexicon)
{
    private readonly WordSet _counts = new(TimeExpressionGaps.Class(lexicon.TimeExpressionWords, "few-count"), caseSensitive: true);
    private readonly WordSet _units = new(TimeExpressionGaps.Class(lexicon.TimeExpressionWords, "days-or-weeks"), caseSensitive: true);
    private readonly HashSet<string> _countedBack = new(TimeExpressionGaps.Class(lexicon.TimeExpressionWords, "counted-back-cue"), StringComparer.Ordinal);

    /// <summary>Removes background cues that count back and open such a stretch from <paramref name="cues"/>, and returns the list.</summary>
    public List<(FundingCue Entry, Span Span)> Removed(TokenLayer tokens, List<(FundingCue Entry, Span Span)> cues)
    {
        cues.RemoveAll(c => c.Entry is { Status: FundingStatus.Previous, IsGivingVerb: false } && _countedBack.Contains(c.Entry.Phrase)
            && OpensDays(tokens, c.Span.End));
        return cues;
    }

    /// <summary>Whether a count (optional) and a unit of days or weeks follow right after <paramref name="end"/>.</summary>
    private bool OpensDays(TokenLayer tokens, int end)
    {
        var next = tokens.WordRightAfter(end, tokens.Text.Length, WordSpacing.OneWhitespace);
        if (next >= 0 && tokens.IsAny(next, _counts)) next = tokens.WordRightAfter(tokens[next].End, tokens.Text.Length, WordSpacing.OneWhitespace);
        return next >= 0 && tokens.IsAny(next, _units);
    }
}
