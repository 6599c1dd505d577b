using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>A running total counted from a month of an earlier year ("since October" written in May, "since last
/// November") or from the start of an event the text does not date ("since the start of the war") spans more than the
/// publication's year, so it has no one year (SCHEMA.md), whatever day the news is reported on. The "since" phrase stands
/// after the amount with no comma between, before it inside running-total wording that ends right before it, or opens the
/// sentence.</summary>
internal sealed class SinceEarlierStart(AttributeWords words, RunningTotalWording wording)
{
    /// <summary>How far before and after the amount the phrase is looked for, as for multi-year wording.</summary>
    private const int Before = 60, After = 80;

    private readonly WordSet _since = new(words.SinceWords);

    public bool Counts(AnalysisDocument doc, Span sentence, Span amount)
    {
        if (doc.ReferenceYear is not { } reference) return false;
        var tokens = doc.Tokens;
        var scope = new Span(Math.Max(sentence.Start, amount.Start - Before), Math.Min(sentence.End, amount.End + After));
        var opening = tokens.FirstStartingFrom(sentence.Start);
        if (tokens.IsAny(opening, _since) && tokens[opening].End <= amount.Start && FromEarlierStart(doc, opening, sentence.End, reference)) return true;
        var (first, end) = tokens.Within(scope);
        for (var i = first; i < end; i++)
        {
            if (i == opening || !tokens.IsAny(i, _since) || !FromEarlierStart(doc, i, scope.End, reference)) continue;
            if (tokens[i].Start >= amount.End ? !tokens.AnyHolds(new Span(amount.End, tokens[i].Start), ',')
                : tokens[i].End <= amount.Start && wording.EndsBefore(tokens, new Span(sentence.Start, amount.Start)))
                return true;
        }
        return false;
    }

    /// <summary>Whether the "since" at <paramref name="since"/> opens "the start of" or a month mention of an earlier year.</summary>
    private bool FromEarlierStart(AnalysisDocument doc, int since, int ceiling, int reference)
    {
        var tokens = doc.Tokens;
        var next = tokens.WordRightAfter(tokens[since].End, ceiling, WordSpacing.OneWhitespace);
        if (next < 0) return false;
        if (words.EventStartDeterminers.IsWord(tokens, next) && tokens.WordRightAfter(tokens[next].End, ceiling, WordSpacing.OneWhitespace) is var noun and >= 0
            && words.EventStartNouns.IsWord(tokens, noun) && words.EventStartPrepositions.IsWord(tokens, tokens.WordRightAfter(tokens[noun].End, ceiling, WordSpacing.OneWhitespace)))
            return true;
        // The day-or-month mention holds "since" ("since October") or starts right after it ("since last November").
        foreach (var y in doc.YearsWithin(new Span(tokens[since].Start, tokens[next].End)))
            if (y.RelativeOffset is not null && y.Year < reference && (y.Span.Start == tokens[since].Start || y.Span.Start == tokens[next].Start))
                return true;
        return false;
    }
}
