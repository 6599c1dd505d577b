using System.Globalization;
using System.Text.RegularExpressions;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// Earlier money recalled as background: "a credit of 90 million francs signed in 2021", "the ¥8 billion promised at the 2019
/// forum", "compared with 35 million kroner last time", "in the previous replenishment round members gave $4 billion". The amount's own
/// clause dates it before the year the text speaks from, so it is no news whatever its verb says (SCHEMA.md `previous`).
/// The clause runs from the amount back to the previous amount or comma and on to the next amount or comma, so that a date
/// told of a neighbouring figure stays with it. The story's lead figure keeps its status.
/// </summary>
internal sealed partial class EarlierDated : IRelationRule
{
    private const RegexOptions Window = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December";

    /// <summary>A year the clause places the amount in: "in 2022", "in May 2024", "in early 2023", "at the 2018 summit".</summary>
    [GeneratedRegex(@"\b(?:in\s(?:(?:early|late|mid-?)\s?)?(?:(?:" + Months + @")\s)?|(?:at|during)\s(?:the|its|a)\s)((?:19|20)\d\d)\b(?![-–/]\d)", Window)]
    private static partial Regex DatedYear();
    /// <summary>The round before this one: "last time", "last year" (not "last year's floods"), "the previous round".</summary>
    [GeneratedRegex(@"\blast\s(?:time|round)\b|\blast\syear\b(?!['’]s)|\b(?:the|a|its)\s(?:previous|last)\s(?:[\p{L}-]+\s)?(?:round|meeting|summit|conference|replenishment)\b", Window)]
    private static partial Regex EarlierRound();

    public void Apply(RelationDraft draft)
    {
        var lead = draft.Lead;
        var now = draft.Document.ReferenceYear;
        foreach (var i in draft.Primary)
        {
            if (i == lead || draft.Figures[i].Status is not (FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered)) continue;
            var clause = Clause(draft, draft.BodySpan(i));
            if (EarlierRound().IsMatch(clause) || now is { } year && DatedBefore(clause, year))
                draft.SetStatus(i, FundingStatus.Previous);
        }
    }

    private static bool DatedBefore(string clause, int now)
    {
        foreach (Match m in DatedYear().Matches(clause))
            if (int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture) < now) return true;
        return false;
    }

    /// <summary><see cref="CumulativeTotals.ClauseSpanAround"/>, cut at the commas nearest the amount.</summary>
    private static string Clause(RelationDraft draft, Span mention)
    {
        var (text, clause) = (draft.Text, CumulativeTotals.ClauseSpanAround(draft, mention));
        int start = clause.Start, end = clause.End;
        var comma = mention.Start > start ? text.LastIndexOf(',', mention.Start - 1, mention.Start - start) : -1;
        if (comma >= 0) start = comma + 1;
        var next = end > mention.End ? text.IndexOf(',', mention.End, end - mention.End) : -1;
        if (next >= 0) end = next;
        return text[start..end];
    }
}
