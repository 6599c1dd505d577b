using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Context;

/// <summary>"Lilongwe (AFP) – ": the credit form of a dateline (<see cref="Dateline.Credit"/>), which neither the capitals nor the
/// wire form takes: a body paragraph opening with a seat of government or a state as the entity layer names it, its news agency's
/// credit in brackets and a dash. It places the reporter in that state, whose officials speak to him there; the state counts only
/// when the body names it again.</summary>
internal static class CreditDateline
{
    /// <summary>How many tokens the bracketed credit may hold.</summary>
    private const int CreditTokens = 6;

    /// <summary>The credit dateline among paragraphs [<paramref name="first"/>, <paramref name="end"/>) and the state it names: the
    /// first of them that opens with a seat or state decides, so a later one is not read.</summary>
    public static (Span Span, string? State) Read(AnalysisDocument doc, int first, int end)
    {
        var tokens = doc.Tokens;
        for (var p = first; p < end; p++)
        {
            var paragraph = doc.Paragraphs[p];
            var place = doc.EntitiesIn(paragraph).FirstOrDefault();
            if (place is null || place.Span.Start != paragraph.Start || place.Type is not (MentionType.Seat or MentionType.Country)) continue;
            var open = tokens.FirstStartingFrom(place.Span.End);
            if (!tokens.IsMark(open, '(')) return default;
            var close = open + 1;
            while (close < tokens.Count && close - open <= CreditTokens && !tokens.IsMark(close, ')') && !tokens.BreaksLineBefore(close)) close++;
            if (!tokens.IsMark(close, ')') || !tokens.IsDash(close + 1)) return default;
            var state = doc.Entities.Any(e => e.Canonical == place.Canonical && e.Span.Start > tokens[close].End) ? place.Canonical : null;
            return (new Span(paragraph.Start, tokens[close + 1].End), state);
        }
        return default;
    }
}
