using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"UNRWA, which several governments stopped funding in 2024", "lenders, much of it for the railway that opened in
/// 2017": a year inside a relative clause dates what the clause tells of its own noun, not an amount outside the clause
/// (SCHEMA.md: a year only where the text states it of the figure). The clause runs from its pronoun
/// (event-relative-pronoun of funding-attribute-words.tsv) to the next comma, semicolon, bracket or spaced dash. It is the
/// amount's own where it holds the amount, where it goes on from the amount's clause with no comma between ("a $500
/// million package that was announced in 2024", "a $19m grant to the agency that had been planned for later in the
/// year"), or where the amount's own head noun opens the phrase the comma closes ("a $50 million loan for rural schools,
/// which will be disbursed in 2027"); before the amount, only a clause a comma opens is read ("Sylvania, which has yet to
/// close its 2027 budget, may add $X"), since a bare "that" there may open what is said, and not where its noun is the
/// amount's head that the amount then values ("The grant, which the bank approved in 2025, is worth $X"). A "that" right
/// after a preposition ("all of that in 2025") is a demonstrative: a relative "that" never follows one.</summary>
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
        if (pronoun < 0 || tokens.Is(pronoun, "that") && words.PrepositionsBeforeThat.IsWord(tokens, pronoun - 1)) return false;
        var close = at;
        while (close < end && !IsBreak(tokens, close)) close++;
        var clause = new Span(tokens[pronoun].Start, close < end ? tokens[close].Start : scope.End);
        if (amount.Start >= clause.Start && amount.Start < clause.End) return false;
        if (amount.Start >= clause.End) return tokens.IsMark(pronoun - 1, ',') && !ValuesClauseNoun(tokens, pronoun, close, amount);
        var after = tokens.IndexAt(amount.End);
        var receiver = false;
        for (var i = after; i < pronoun; i++)
        {
            // "a $5 million grant to the agency, which donors stopped funding in 2023": the clause tells of the receiver.
            receiver |= words.ReceiverPrepositions.IsWord(tokens, i);
            if (tokens.IsMark(i, ',') || tokens.IsMark(i, ';'))
                return !(i == pronoun - 1 && tokens.IsMark(i, ',') && words.AmountHeadNouns.IsWord(tokens, after) && !receiver);
        }
        return false;
    }

    /// <summary>"The grant, which ..., is worth $X": the clause's noun is an amount head and the amount follows the clause's
    /// closing comma within a short verb phrase, with no other break.</summary>
    private bool ValuesClauseNoun(TokenLayer tokens, int pronoun, int close, Span amount)
    {
        if (!words.AmountHeadNouns.IsWord(tokens, pronoun - 2) || !tokens.IsMark(close, ',')) return false;
        var first = tokens.IndexAt(amount.Start);
        if (first - close > MaxValueVerbTokens + 1) return false;
        for (var i = close + 1; i < first; i++)
            if (IsBreak(tokens, i) || tokens.IsMark(i, ',')) return false;
        return true;
    }

    /// <summary>"is worth", "will total", "was put at": the longest verb phrase between the noun's clause and its amount.</summary>
    private const int MaxValueVerbTokens = 4;

    /// <summary>A comma, semicolon, bracket, or a dash with a space on each side ("2023–2027" joins, " – " breaks).</summary>
    private static bool IsBreak(TokenLayer tokens, int i) =>
        tokens.IsMark(i, ',') || tokens.IsMark(i, ';') || tokens.IsMark(i, '(') || tokens.IsMark(i, ')')
        || tokens.IsDash(i) && tokens[i].SpaceBefore && i + 1 < tokens.Count && tokens[i + 1].SpaceBefore;
}
