using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>Cues that say what an amount is only where they govern it directly: a verb whose object it is ("WFP needs
/// $22 million", "the agency urgently needed $650 million") or a noun it qualifies ("a $40 million recovery plan").
/// Anywhere else in the clause they say nothing of the amount ("the $2bn the group still needs" after a pledge).</summary>
public sealed partial class FundingBuilder
{
    private readonly PhraseMatcher<FundingCue> _governingCues = new(lexicon.FundingCues.Where(c => c.GovernsOnly), c => c.Phrase);
    private readonly bool _hasGoverningCues = lexicon.FundingCues.Any(c => c.GovernsOnly);

    /// <summary>"a $40 million flood recovery plan": one word (of letters and hyphens) may qualify the noun between the
    /// amount and it.</summary>
    private static bool IsGoverningNounGap(TokenLayer tokens, int amountEnd, int cueStart)
    {
        if (cueStart == amountEnd + 1) return char.IsWhiteSpace(tokens.Text[amountEnd]);
        var first = tokens.WordRightAfter(amountEnd, cueStart, WordSpacing.OneWhitespace);
        return first >= 0 && tokens.LetterChunkEnd(first) is var end && end == cueStart - 1 && char.IsWhiteSpace(tokens.Text[end]);
    }

    /// <summary>The cue that governs the amount, with its span, if any.</summary>
    private (FundingCue Entry, Span Span)? GoverningCue(AnalysisDocument doc, Span sentence, Span amount)
    {
        if (!_hasGoverningCues) return null;
        var before = new Span(Math.Max(sentence.Start, amount.Start - 40), amount.Start);
        if (before.Length > 0)
        {
            var cues = _governingCues.Find(doc.Words, before);
            if (cues.Count > 0 && cues[^1].Entry.Governs == "object" && cues[^1].Span.End <= amount.Start
                && _rules.AmountGap.IsGoverned(doc.Tokens, new Span(cues[^1].Span.End, amount.Start)))
                return cues[^1];
        }
        var after = new Span(amount.End, Math.Min(sentence.End, amount.End + 40));
        if (after.Length > 0)
            foreach (var cue in _governingCues.Find(doc.Words, after))
                if (cue.Entry.Governs == "noun" && IsGoverningNounGap(doc.Tokens, amount.End, cue.Span.Start)) return cue;
        return null;
    }
}
