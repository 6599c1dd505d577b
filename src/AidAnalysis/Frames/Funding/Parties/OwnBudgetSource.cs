using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// "had set aside $8 million from the state budget", "will contribute $5 million from its own budget", "spent $18 million from
/// the Treasury": money a few words before "from" or "in" and a government's own budget is that government's spending. A
/// bracketed conversion ("(about $43 million)") between them is skipped; a full stop, colon or semicolon ends the reach. A plain
/// "the budget" or "the aid budget" says no owner: "budget" needs a possessive pronoun ("its", "their") or a word of a state's
/// own budget ("state", "national", "own", a year). "budget support" is aid paid into a recipient's budget, never own money.
/// </summary>
internal sealed class OwnBudgetSource(PartyWords words)
{
    /// <summary>How many tokens outside brackets may stand between the amount and the preposition.</summary>
    private const int Reach = 8;

    public bool Holds(TokenLayer tokens, Span amount, Span sentence)
    {
        var (i, end) = tokens.Within(new Span(amount.End, sentence.End));
        for (var (depth, seen) = (0, 0); i < end && seen < Reach; i++)
        {
            if (tokens.IsMark(i, '(')) depth++;
            else if (tokens.IsMark(i, ')')) depth = Math.Max(0, depth - 1);
            else if (depth > 0) continue;
            else if (tokens.IsMark(i, '.') || tokens.IsMark(i, ';') || tokens.IsMark(i, ':')) return false;
            else if (tokens.IsAny(i, words.BudgetSourcePrepositions)) return IsOwnBudget(tokens, i + 1, end);
            else seen++;
        }
        return false;
    }

    /// <summary>Whether an own budget's noun phrase starts at token <paramref name="i"/>: a determiner, modifiers, the noun.</summary>
    private bool IsOwnBudget(TokenLayer tokens, int i, int end)
    {
        var owned = tokens.IsAny(i, words.BudgetOwnerDeterminers);
        if (owned || tokens.IsAny(i, words.BudgetArticles)) i++;
        for (; i < end && (tokens.IsAny(i, words.OwnBudgetModifiers) || tokens[i].Kind == TokenKind.Number); i++) owned = true;
        return tokens.IsAny(i, words.OwnTreasuryNouns)
            || owned && tokens.IsAny(i, words.BudgetNouns) && !(i + 1 < end && tokens.IsAny(i + 1, words.BudgetAidHeads));
    }
}
