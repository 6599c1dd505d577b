using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>A financial year named relative to the publication ("this financial year"), or a fiscal year before or after
/// the current one ("the coming fiscal year"), straddles two calendar years whose split the text does not give, so it dates
/// an amount with no calendar year (SCHEMA.md): it is no candidate year, and it keeps the publication's year from standing
/// in. The current fiscal year ("this fiscal year") is named, in US usage, by the year it ends in, and stays a year.</summary>
internal sealed class RelativeFiscalYear(Lexicon lexicon)
{
    private readonly AttributeWords.Phrases _financialWords = new(AttributeWords.Entries(lexicon, "financial-year-word"));
    private readonly AttributeWords.Phrases _fiscalWords = new(AttributeWords.Entries(lexicon, "fiscal-year-word"));

    /// <summary>Whether a relative year mention is a financial year, or a fiscal year other than the current one.</summary>
    public bool Is(TokenLayer tokens, YearMention year)
    {
        if (year.RelativeOffset is not { } offset) return false;
        var (first, end) = tokens.Within(year.Span);
        for (var i = first; i < end; i++)
            if (_financialWords.IsWord(tokens, i) || offset != 0 && _fiscalWords.IsWord(tokens, i)) return true;
        return false;
    }

    /// <summary>Whether <paramref name="scope"/> names such a year.</summary>
    public bool In(AnalysisDocument doc, Span scope)
    {
        foreach (var y in doc.YearsWithin(scope))
            if (Is(doc.Tokens, y)) return true;
        return false;
    }

    /// <summary>The earliest year of money a running total of the year named in <paramref name="totalSentence"/> can hold
    /// (such a year began in the publication's calendar year or the one before); null when the sentence names none.</summary>
    public int? EarliestYearInside(AnalysisDocument doc, Span totalSentence) =>
        doc.ReferenceYear is { } reference && In(doc, totalSentence) ? reference - 1 : null;
}
