using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>Whether the amount's clause dates its giving by a month before the article's own, in the article's year:
/// money given "in March" by an April article, or "last month", is earlier money, whatever its verb says.</summary>
internal sealed partial class GivenInEarlierMonth(Lexicon lexicon)
{
    /// <summary>"the $3 million the council approved in March", "In March, X pledged $3 million": a past act dated by a month
    /// (no year after it) within the amount's clause. Case-sensitive: month names are capitalised, "may" is not a month.</summary>
    private readonly Regex _pastActInMonth = new($@"\b(?:\p{{L}}+ed|gave|given|paid|sent|made)\s(?:\p{{L}}+\s)?in\s(?<month>{lexicon.Months.FullNamePattern})\b(?!,?\s(?:[0-9]{{1,2}},?\s)?(?:19|20)[0-9][0-9])|\bIn\s(?<month>{lexicon.Months.FullNamePattern}),", TextPatterns.WindowOptions);
    /// <summary>"Last month X donated $1 million", "the $2 million it gave last month": a past act dated by the month before
    /// the article's, whatever the publication date.</summary>
    [GeneratedRegex(@"\b[Ll]ast\smonth\b[^.;]{0,60}?\b(?:\p{L}+ed|gave|given|paid|sent|made)\b|\b(?:\p{L}+ed|gave|given|paid|sent|made)\s(?:\p{L}+\s)?last\smonth\b", TextPatterns.WindowOptions)]
    private static partial Regex PastActLastMonth { get; }

    /// <param name="reach">How far after the amount the clause is read.</param>
    public bool Holds(AnalysisDocument doc, Span window, Span amount, int reach)
    {
        var scope = new Span(window.Start, Math.Min(window.End, amount.End + reach));
        var words = doc.Text.AsSpan(scope.Start, scope.Length);
        // Each pattern is tried only where the word it cannot match without stands (most clauses name no month).
        if (words.Contains("month", StringComparison.Ordinal) && PastActLastMonth.IsMatch(words)) return true;
        if (doc.ReferenceDate is not { } published || words.IndexOfAny(lexicon.Months.FullNames) < 0) return false;
        // Read within the scope as if it were the whole text, like a match on a copy of it.
        for (var m = _pastActInMonth.Match(doc.Text, scope.Start, scope.Length); m.Success; m = m.NextMatch())
            if (lexicon.Months.NumberOf(m.Groups["month"].ValueSpan) is var month and > 0 && month < published.Month) return true;
        return false;
    }
}
