using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>Cues that say what an amount is only where they govern it directly: a verb whose object it is ("WFP needs
/// $22 million", "the agency urgently needed $650 million") or a noun it qualifies ("a $95 million response plan").
/// Anywhere else in the clause they say nothing of the amount ("the $9bn the alliance says it needs" after a pledge).</summary>
public sealed partial class FundingBuilder
{
    private readonly PhraseMatcher<FundingCue> _governingCues = new(lexicon.FundingCues.Where(c => c.GovernsOnly), c => c.Phrase);
    private readonly bool _hasGoverningCues = lexicon.FundingCues.Any(c => c.GovernsOnly);

    /// <summary>"a $1.4 billion humanitarian response plan": one word may qualify the noun between the amount and it.</summary>
    [GeneratedRegex(@"^\s(?:[\p{L}-]+\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex GoverningNounGap { get; }

    /// <summary>The cue that governs the amount, with its span, if any.</summary>
    private (FundingCue Entry, Span Span)? GoverningCue(AnalysisDocument doc, Span sentence, Span amount)
    {
        if (!_hasGoverningCues) return null;
        var text = doc.Text;
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
                if (cue.Entry.Governs == "noun" && GoverningNounGap.IsMatch(text.AsSpan(amount.End, cue.Span.Start - amount.End))) return cue;
        return null;
    }
}
