using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"UNRWA, which several governments stopped funding in 2024", "lenders, much of it for the railway that opened in
/// 2017": a year inside a relative clause dates what the clause tells of its own noun, not an amount outside the clause
/// (SCHEMA.md: a year only where the text states it of the figure). The clause runs from its pronoun
/// (event-relative-pronoun of funding-attribute-words.tsv) to the next comma, semicolon, bracket or spaced dash. It is the
/// amount's own where it holds the amount, or where it goes on from the amount's clause with no comma between ("a $500
/// million package that was announced in 2024", "a $19m grant to the agency that had been planned for later in the
/// year"); before the amount, only a clause a comma opens is read ("Sylvania, which has yet to close its 2027 budget, may
/// add $X"), since a bare "that" there may open what is said.</summary>
internal sealed class RelativeClauseYear(AttributeWords words)
{
    /// <summary>Whether the year at <paramref name="year"/> stands in a relative clause of another noun than
    /// <paramref name="amount"/>'s, inside <paramref name="scope"/>.</summary>
    public bool DatesOtherNoun(TokenLayer tokens, Span scope, Span year, Span amount)
    {
        var (first, end) = tokens.Within(scope);
        var at = tokens.IndexAt(year.Start);
        var pronoun = -1;
        for (var i = at - 1; i >= first && !IsBreak(tokens, i); i--)
            if (words.EventRelativePronouns.IsWord(tokens, i))
            {
                pronoun = i;
                break;
            }
        if (pronoun < 0) return false;
        var close = at;
        while (close < end && !IsBreak(tokens, close)) close++;
        var clause = new Span(tokens[pronoun].Start, close < end ? tokens[close].Start : scope.End);
        if (amount.Start >= clause.Start && amount.Start < clause.End) return false;
        if (amount.Start >= clause.End) return tokens.IsMark(pronoun - 1, ',');
        for (var i = tokens.IndexAt(amount.End); i < pronoun; i++)
            if (tokens.IsMark(i, ',') || tokens.IsMark(i, ';')) return true;
        return false;
    }

    private static bool IsBreak(TokenLayer tokens, int i) =>
        tokens.IsMark(i, ',') || tokens.IsMark(i, ';') || tokens.IsMark(i, '(') || tokens.IsMark(i, ')') || tokens.IsMark(i, '–') || tokens.IsMark(i, '—');
}
