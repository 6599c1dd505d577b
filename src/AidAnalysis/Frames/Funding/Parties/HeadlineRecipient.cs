using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Parties;

/// <summary>"X sends relief to quake-hit Y", "Aid reaches Y", "Relief arrives in Y": the state the headline sends aid to,
/// names as the place of need or has aid arrive at. Read once per article by the context stage, which runs without the token
/// layer: the headline's markers are matched in its lower-cased text (headlines are often in title case).</summary>
internal sealed class HeadlineRecipient(PartyWords words)
{
    private const int MarkerWidth = 30;

    private readonly Regex _marker = new(
        @"(?:\b(?:" + TextPatterns.Alternation(words.RecipientMarkerWords) + @"|in|" + TextPatterns.Alternation(words.ArrivalVerbs) + @")\s(?:the\s)?"
        + @"|\b(?:to|for|in)\s(?:the\s)?[a-z]+-(?:" + TextPatterns.Alternation(words.DisasterParticiples) + @")\s)$",
        TextPatterns.WindowOptions);

    public string? Find(AnalysisDocument doc, ActorMentionIndex index, Span headline)
    {
        foreach (var (actor, span) in index.Within(headline))
            if (actor.Kind == ActorKind.Country && !Possessive.Follows(doc.Tokens, span)
                && _marker.IsMatch(doc.Text[Math.Max(headline.Start, span.Start - MarkerWidth)..span.Start].ToLowerInvariant()))
                return actor.Name;
        return null;
    }
}
