using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// A government spending its own budget at home: "the ministry had set aside $8 million from its 2026 budget for flood
/// response", "allocated 4 billion francs from the national budget", "a state budget of about $2 billion". Public spending at
/// home is no aid (SCHEMA.md: amounts that are not aid are `unspecified` in type and status), so it is never new money. Read
/// on the amount's clause cut at its commas (<see cref="CommaClause"/>): a budget noun after a home-budget word
/// ("own", "national", "state") or after "its" and a year. A giver that is not a state, or money for another state ("added
/// €25 million to its humanitarian budget for Ruritania") or for an international body, is left as read.
/// </summary>
internal sealed class OwnBudgetSpending(RelationVocabulary words, Lexicon lexicon) : IRelationRule
{
    public void Apply(RelationDraft draft)
    {
        var tokens = draft.Document.Tokens;
        foreach (var i in draft.Primary)
        {
            var f = draft.Figures[i];
            // Only money told as news: past spending at home is told as background, and the status reader has said so already.
            if (f.Status is not (FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered) || !AtHome(f.Donor, f.Recipient)) continue;
            var told = draft.ConversionsOf(i).Prepend(i).ToArray();
            if (!told.Any(row => FromHomeBudget(tokens, CommaClause.Around(draft, draft.BodySpan(row))))) continue;
            foreach (var row in told)
                draft.Figures[row] = draft.Figures[row] with { Status = FundingStatus.Unspecified, AidType = AidType.Unspecified };
        }
    }

    /// <summary>The giver is a state or untold, and the money stays with it: no recipient named, the giver itself, or a body
    /// of its own ("Paraguay ... to its emergency agency"). Another state, or a body of another state or of an international
    /// organisation ("to the World Food Programme"), is aid whatever budget it comes from. A name the lexicon does not know
    /// (a region, a local body) stays at home. Names compare whole: "Niger" is not "Nigeria".</summary>
    private bool AtHome(string? donor, string? recipient)
    {
        if (donor is not null && !words.States.Contains(donor)) return false;
        if (recipient is null || string.Equals(recipient, donor, StringComparison.OrdinalIgnoreCase)) return true;
        if (words.States.Contains(recipient)) return false;
        if (!lexicon.OrganizationByName.TryGetValue(recipient, out var body)) return true;
        return body.Affiliation is { } owner && (donor is null ? words.States.Contains(owner) : string.Equals(owner, donor, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A budget noun in the clause right after a home-budget word ("its own budget") or after "its|their" and a year.
    /// The row's conversions are read too: "45 billion naira (about $29 million) in its 2026 budget" tells the budget after the
    /// bracketed restatement, which ends the naira's clause.</summary>
    private bool FromHomeBudget(TokenLayer tokens, Span clause)
    {
        var (first, end) = tokens.Within(clause);
        for (var j = first; j < end; j++)
        {
            if (!words.BudgetNouns.Contains(tokens, j)) continue;
            if (words.HomeBudgets.Contains(tokens, tokens.WordRightBeforeToken(j, clause.Start))) return true;
            // A year is a number token, not a word: read the token itself.
            var before = tokens.TokenRightBefore(tokens[j].Start, clause.Start, WordSpacing.AnyWhitespace);
            if (before >= 0 && tokens[before].Shape == TokenShape.Digits && tokens[before].Length == 4
                && words.BudgetPossessives.Contains(tokens, tokens.WordRightBeforeToken(before, clause.Start)))
                return true;
        }
        return false;
    }
}
