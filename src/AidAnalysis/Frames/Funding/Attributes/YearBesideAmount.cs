using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"C$15 million in 2026, rising through 2029", "$8 million for 2027, with more over the next three years": a year
/// written right after the amount behind a preposition of time (amount-year-preposition of funding-attribute-words.tsv) dates
/// the sum itself; the multi-year wording later in its clause tells of what follows, so the sum keeps that year. A year that
/// opens a range or a period ("in 2026 to 2028", "in 2026-27", "in 2026 through 2029") dates no single year, nor does one that
/// modifies the noun after it ("$X for 2030 goals"): only a year-clause-opener may follow it as a lower-case word.</summary>
internal sealed class YearBesideAmount(AttributeWords words)
{
    /// <summary>Whether such a year follows the amount inside <paramref name="sentence"/>.</summary>
    public bool Dates(TokenLayer tokens, Span sentence, Span amount)
    {
        var preposition = tokens.WordRightAfter(amount.End, sentence.End, WordSpacing.OneWhitespace);
        if (!words.AmountYearPrepositions.IsWord(tokens, preposition)) return false;
        var year = tokens.WordRightAfter(tokens[preposition].End, sentence.End, WordSpacing.OneWhitespace);
        if (!YearRange.IsYear(tokens, year)) return false;
        var next = year + 1;
        if (next >= tokens.Count || tokens[next].Start > sentence.End || tokens[next].Start - tokens[year].End > 1) return true;
        if (words.YearRangeLinks.IsWord(tokens, next) || words.YearRangeShortLinks.IsWord(tokens, next) || words.SpanEndWords.IsWord(tokens, next)) return false;
        return !tokens.IsLetters(next, lowerOnly: true) || words.YearClauseOpeners.IsWord(tokens, next);
    }
}
