using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Actors;

/// <summary>"Lilongwe (AFP) – ": a body paragraph opening with a seat of government written as a name, its news agency's credit in
/// brackets and a dash places the reporter in that state, whose officials speak to him there; the capitals and wire datelines
/// (<see cref="Context.DatelineReader"/>) do not take this form. The state counts only when the body names it again.</summary>
internal static class CreditDatelineRule
{
    /// <summary>How many paragraphs from the body's first the dateline may open, as for the other dateline forms.</summary>
    private const int Paragraphs = 4;

    /// <summary>How many tokens the bracketed credit may hold.</summary>
    private const int CreditTokens = 6;

    public static string? State(AnalysisDocument doc)
    {
        var tokens = doc.Tokens;
        var first = doc.Paragraphs.Count > 1 && doc.Article.Metadata.Title is not null ? 1 : 0;
        for (var p = first; p < Math.Min(doc.Paragraphs.Count, first + Paragraphs); p++)
        {
            var paragraph = doc.Paragraphs[p];
            var place = doc.EntitiesIn(paragraph).FirstOrDefault();
            if (place is null || place.Span.Start != paragraph.Start || place.Type is not (MentionType.Seat or MentionType.Country)) continue;
            var open = tokens.FirstStartingFrom(place.Span.End);
            if (!tokens.IsMark(open, '(')) return null;
            var close = open + 1;
            while (close < tokens.Count && close - open <= CreditTokens && !tokens.IsMark(close, ')') && !tokens.BreaksLineBefore(close)) close++;
            if (!tokens.IsMark(close, ')') || !tokens.IsDash(close + 1)) return null;
            return doc.Entities.Any(e => e.Canonical == place.Canonical && e.Span.Start > tokens[close].End) ? place.Canonical : null;
        }
        return null;
    }
}
