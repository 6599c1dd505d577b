using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Clauses;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"$2bn for the plan through 2030", "a facility that runs until May 2027": a period that ends in a year after the
/// article's spreads the money over several years (SCHEMA.md: it has no one year), and the year it ends in is no date of the
/// figure. Read on the tokens: a span-end word (span-end-word of funding-attribute-words.tsv), perhaps a capitalised word (a
/// month), then a year, one whitespace character apart.</summary>
internal sealed class SpanToLaterYear(AttributeWords words)
{
    /// <summary>Whether year token <paramref name="year"/> closes such a span.</summary>
    public bool Ends(TokenLayer tokens, int year, int floor)
    {
        var before = tokens.WordRightBefore(tokens[year].Start, floor, WordSpacing.OneWhitespace);
        if (before >= 0 && tokens[before].Shape == TokenShape.Capitalized && !words.SpanEndWords.IsWord(tokens, before))
            before = tokens.WordRightBefore(tokens[before].Start, floor, WordSpacing.OneWhitespace);
        return words.SpanEndWords.IsWord(tokens, before);
    }

    /// <summary>Whether a span ending in a year after the article's stands inside <paramref name="scope"/>, in the clause
    /// it opens: reading stops at a clause boundary or at the comma of a relative clause ("..., whose plan runs through
    /// 2027" is another clause's period, not the amount's).</summary>
    public bool In(AnalysisDocument doc, Span scope)
    {
        if (doc.ReferenceYear is not { } published) return false;
        var tokens = doc.Tokens;
        var ceiling = doc.Clauses.FirstBoundaryStartIn(scope) ?? scope.End;
        if (doc.Clauses.FirstOpeningIn(new Span(scope.Start, ceiling), ClauseKind.Relative) is { } relative) ceiling = relative.Span.Start;
        var (first, end) = tokens.WhollyWithin(new Span(scope.Start, ceiling));
        for (var i = first; i < end; i++)
            if (YearRange.IsYear(tokens, i) && int.Parse(tokens.TextOf(i)) > published && Ends(tokens, i, scope.Start)) return true;
        return false;
    }

    /// <summary>Whether the year mention <paramref name="y"/> is the end of such a span.</summary>
    public bool Closes(AnalysisDocument doc, YearMention y, int floor)
    {
        if (y.RelativeOffset is not null || !(y.Year > doc.ReferenceYear)) return false;
        var last = doc.Tokens.LastEndingBy(y.Span.End);
        return last >= 0 && YearRange.IsYear(doc.Tokens, last) && Ends(doc.Tokens, last, floor);
    }
}
