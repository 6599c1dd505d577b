using System.Globalization;
using AidAnalysis.Model;
using AidAnalysis.Text.Phrases;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// Earlier money recalled as background: "a credit of 90 million francs signed in 2021", "the ¥8 billion promised at the 2019
/// forum", "compared with 35 million kroner last time", "in the previous replenishment round members gave $4 billion". The amount's own
/// clause dates it before the year the text speaks from, so it is no news whatever its verb says (SCHEMA.md `previous`).
/// The clause (<see cref="CommaClause"/>) runs from the amount back to the previous amount or comma and on to the next
/// amount or comma, so that a date told of a neighbouring figure stays with it. The story's lead figure keeps its status. Read on the clause's tokens; the
/// months come from months.tsv and the other words from relation-words.tsv.
/// </summary>
internal sealed class EarlierDated(RelationVocabulary words) : IRelationRule
{
    public void Apply(RelationDraft draft)
    {
        var lead = draft.Lead;
        var now = draft.Document.ReferenceYear;
        var tokens = draft.Document.Tokens;
        foreach (var i in draft.Primary)
        {
            if (i == lead || draft.Figures[i].Status is not (FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered)) continue;
            var clause = CommaClause.Around(draft, draft.BodySpan(i));
            if (EarlierRound(tokens, clause) || now is { } year && DatedBefore(tokens, clause, year))
                draft.SetStatus(i, FundingStatus.Previous);
        }
    }

    /// <summary>A year the clause places the amount in before <paramref name="now"/>: "in 2022", "in May 2024", "in early 2023",
    /// "in mid-2023", "at the 2018 summit", "during its 2019 session"; not a range ("in 2022-23").</summary>
    private bool DatedBefore(TokenLayer tokens, Span clause, int now)
    {
        var (first, end) = tokens.Within(clause);
        for (var j = first; j < end; j++)
        {
            var token = tokens[j];
            if (token.Shape != TokenShape.Digits || token.Length != 4 || tokens.TextOf(j) is not ['1', '9', ..] and not ['2', '0', ..]) continue;
            if (j + 2 < tokens.Count && tokens[j + 1].Start == token.End && tokens.Text[token.End] is '-' or '–' or '/'
                && tokens[j + 2].Start == token.End + 1 && char.IsDigit(tokens.Text[token.End + 1])) continue;
            if (Dates(tokens, j, clause.Start) && int.Parse(tokens.TextOf(j), CultureInfo.InvariantCulture) < now) return true;
        }
        return false;
    }

    /// <summary>Whether the words right before year token <paramref name="year"/> date something: "at|during the|its|a" or
    /// "in", a season ("early", "mid-") or none, and a month or none.</summary>
    private bool Dates(TokenLayer tokens, int year, int floor)
    {
        var before = tokens.WordRightBeforeToken(year, floor);
        if (words.EventDeterminers.Contains(tokens, before) && words.EventPrepositions.Contains(tokens, tokens.WordRightBeforeToken(before, floor))) return true;
        var dated = words.Months.Contains(tokens, before) ? before : year;
        return tokens.Is(tokens.WordRightBeforeToken(SeasonBefore(tokens, dated, floor), floor), "in");
    }

    /// <summary>The season word right before token <paramref name="dated"/> ("early 2023", "mid May", "mid-2023": only "mid"
    /// takes a hyphen), else <paramref name="dated"/>.</summary>
    private int SeasonBefore(TokenLayer tokens, int dated, int floor)
    {
        if (words.Seasons.Contains(tokens, tokens.WordRightBeforeToken(dated, floor))) return dated - 1;
        var glued = !tokens[dated].SpaceBefore && tokens.IsMark(dated - 1, '-') && !tokens[dated - 1].SpaceBefore;
        return glued && dated >= 2 && tokens[dated - 2].Start >= floor && tokens.Is(dated - 2, "mid") ? dated - 2 : dated;
    }

    /// <summary>The round before this one: "last time", "last year" (not "last year's floods"), "the previous round", "its last
    /// pledging summit".</summary>
    private bool EarlierRound(TokenLayer tokens, Span clause)
    {
        var (first, end) = tokens.Within(clause);
        for (var j = first; j < end; j++)
        {
            if (tokens.Is(j, "last") && tokens.WordRightAfterToken(j, clause.End) is var next and >= 0
                && (words.LastNouns.Contains(tokens, next) || tokens.Is(next, "year") && !IsClitic(tokens, next + 1, 's')))
                return true;
            if (words.EventDeterminers.Contains(tokens, j) && tokens.WordRightAfterToken(j, clause.End) is var adjective and >= 0
                && words.Earlier.Contains(tokens, adjective) && RoundAfter(tokens, adjective, clause.End))
                return true;
        }
        return false;
    }

    /// <summary>A round noun right after <paramref name="adjective"/>, or after one word between (hyphens inside it: "fund-raising").</summary>
    private bool RoundAfter(TokenLayer tokens, int adjective, int ceiling)
    {
        if (tokens.WordRightAfterToken(adjective, ceiling) is not (>= 0 and var k)) return false;
        if (words.Rounds.Contains(tokens, k)) return true;
        if (tokens[k].Shape == TokenShape.AlphaNumeric) return false;
        while (k + 2 < tokens.Count && tokens.IsMark(k + 1, '-') && !tokens[k + 1].SpaceBefore && !tokens[k + 2].SpaceBefore
               && tokens[k + 2].Kind == TokenKind.Word && tokens[k + 2].Shape != TokenShape.AlphaNumeric)
            k += 2;
        return words.Rounds.Contains(tokens, tokens.WordRightAfterToken(k, ceiling));
    }

    private static bool IsClitic(TokenLayer tokens, int i, char letter) =>
        i < tokens.Count && tokens[i].Kind == TokenKind.Clitic && !tokens[i].SpaceBefore && tokens.Text[tokens[i].End - 1] == letter;
}
