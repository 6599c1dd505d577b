using System.Text.RegularExpressions;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// Running totals and multi-year programmes. "brings the total to $X", "bringing its support for Yemen to $X" (the wording the
/// status reader takes as a running total), "the total support is now $X" include the news;
/// "has provided $X since 2022", "so far", "to date" sum up earlier money. SCHEMA.md: cumulative totals are earlier money
/// (`previous`), and so is a programme the news comes under ("NOK 15 billion every year over the next five years")
/// when the article leads with another figure.
/// </summary>
internal sealed partial class CumulativeTotals(RunningTotalWording runningTotal) : IRelationRule
{
    private const RegexOptions Window = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    [GeneratedRegex(@"\b(?:brings?|bringing|brought|raises?|raising|takes|taking|lifts?|lifting)\b[^.;]{0,80}\btotal\b[^.;]{0,80}\bto\s(?:an?\s)?(?:[\p{L}-]+\s)?(?:(?:nearly|almost|about|around|some|over|more than)\s)?$", Window)]
    private static partial Regex BringsTotalTo();
    [GeneratedRegex(@"\btotal\b[^.;]{0,60}\b(?:is|stands|amounts)\snow\s(?:at\s|to\s)?(?:(?:nearly|almost|about|around|some|over|more than)\s)?$|\bnow\s(?:totals?|stands at|amounts to|exceeds)\s(?:(?:nearly|almost|about|around|some|over|more than)\s)?$", Window)]
    private static partial Regex TotalIsNow();
    /// <summary>Case-sensitive on purpose: "since June" starts a period, "since the funds ..." gives a reason.</summary>
    [GeneratedRegex(@"\b(?:[Ss]ince\s(?:the\s(?:start|beginning|outbreak)|\p{Lu}\p{Ll}+\s(?:19|20)\d\d|(?:19|20)\d\d|\p{Lu}\p{Ll}+\b)|[Ss]o\sfar|[Tt]o\sdate|[Tt]hus\sfar|[Uu]p\sto\snow|[Oo]ver\sthe\s(?:past|last)\s\p{L}+\s(?:years|months|weeks))", RegexOptions.CultureInvariant)]
    private static partial Regex SinceOrSoFar();
    [GeneratedRegex(@"\b(?:every\syear|each\syear|per\syear|a\syear|annually|over\sthe\s(?:next|coming)\s\p{L}+\syears|(?:from|between)\s(?:19|20)\d\d\s(?:to|and|until|-|–)\s(?:19|20)\d\d)\b", Window)]
    private static partial Regex Programme();
    [GeneratedRegex(@"\b(?:will|shall|to be|is set to|plans? to|would)\b", Window)]
    private static partial Regex Future();
    [GeneratedRegex(@"\bin\stotal\b", Window)]
    private static partial Regex InTotal();
    /// <summary>"to date" inside a comparison ("our largest to date") dates the comparison, not the amount.</summary>
    [GeneratedRegex(@"\b(?:largest|biggest|highest|most|first)\s(?:\p{L}+\s){0,3}to\sdate\b", Window)]
    private static partial Regex SuperlativeToDate();

    public void Apply(RelationDraft draft)
    {
        // The first rule: no row is a running total yet, so this is the first row pledged, allocated or delivered.
        var lead = draft.Lead;
        foreach (var i in draft.Primary.ToList())
        {
            var mention = draft.BodySpan(i);
            var before = draft.Before(mention, 200);
            var clause = ClauseAround(draft, mention);
            if (BringsTotalTo().IsMatch(before) || runningTotal.EndsBefore(before) || TotalIsNow().IsMatch(before))
            {
                draft.MarkCumulative(i, includesNews: true);
            }
            else if (SinceOrSoFar().IsMatch(clause) && !SuperlativeToDate().IsMatch(clause)
                     || InTotal().IsMatch(clause) && !Future().IsMatch(clause))
            {
                draft.MarkCumulative(i, includesNews: false);
            }
            else if (Programme().IsMatch(clause))
            {
                draft.MarkProgramme(i);
                if (lead >= 0 && lead != i && draft.BodySpan(lead).Start < mention.Start) MakePrevious(draft, i);
                continue;
            }
            else continue;
            MakePrevious(draft, i);
        }
    }

    private static void MakePrevious(RelationDraft draft, int i)
    {
        if (draft.Figures[i].Status is FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered)
            draft.SetStatus(i, FundingStatus.Previous);
    }

    /// <summary>The amount's clause: from the previous amount (or the sentence start) to the next one (or the sentence end).</summary>
    public static ReadOnlySpan<char> ClauseAround(RelationDraft draft, Model.Span mention)
    {
        var clause = ClauseSpanAround(draft, mention);
        return draft.Text.AsSpan(clause.Start, clause.Length);
    }

    /// <summary>Where <see cref="ClauseAround"/> lies in the text.</summary>
    public static Model.Span ClauseSpanAround(RelationDraft draft, Model.Span mention)
    {
        var sentence = draft.SentenceOf(mention);
        int start = sentence.Start, end = sentence.End;
        foreach (var m in draft.Document.MoneyOverlapping(sentence))
        {
            if (!sentence.Contains(m.Span) || m.ConvertedFrom is not null) continue;
            if (m.Span.End <= mention.Start) start = Math.Max(start, m.Span.End);
            if (m.Span.Start >= mention.End) end = Math.Min(end, m.Span.Start);
        }
        start = Math.Max(start, mention.Start - 200);
        return new Model.Span(start, Math.Min(end, mention.End + 200));
    }
}
