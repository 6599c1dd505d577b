using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// "X signed a $40 million agreement with Y", "a €40 million concessional loan with the Zian government", "signed two agreements
/// worth $9 million with Y": the party an agreement, loan or grant of the amount is signed with receives it, the signer being
/// the giver. A verb of signing (signing-verb of party-words.tsv) must govern the amount, a few lower-case words before it
/// ("signed two agreements worth"): other verbs ("co-financed the $X loan with Y") make no agreement with Y. Not a lender
/// ("a $500 million loan with the Asian Development Bank", "with the Export-Import Bank of Z"): a borrower signs with its
/// lender. The nouns are the agreement-noun words, the last of a run read ("grant agreement"); a few lower-case words may
/// qualify the noun before it ("concessional") and describe the party before its name ("with grid operator Y"), but no
/// preposition ("with the backing of Y"), read on the tokens as written.
/// </summary>
internal sealed class AgreementCounterpart(PartyWords words, Lexicon lexicon)
{
    /// <summary>How many lower-case words may stand between the amount and the noun, between "with" and the party, and
    /// between the signing verb and the amount (or its "agreements worth").</summary>
    private const int Modifiers = 2, Apposition = 3, Determiners = 2;

    public Actor? Find(PartyScene scene)
    {
        var tokens = scene.Tokens;
        var found = WithAfterNoun(tokens, scene) ?? WithAfterWorth(tokens, scene);
        if (found is not var (at, loan)) return null;
        var with = tokens[at].End;
        foreach (var (actor, span) in scene.Mentions)
        {
            if (span.Start <= with) continue;
            var (first, last) = tokens.Within(new Span(with, span.Start));
            if (last - first > Apposition + 1) return null;
            for (var w = first; w < last; w++)
                if (!IsSpacedLowerWord(tokens, w, span.Start) || tokens.IsAny(w, words.AgreementPartyStops)) return null;
            return actor.Kind != ActorKind.Person && !MultilateralLender.Is(lexicon, actor.Name) && !(loan && IsLenderName(actor.Name)) ? actor : null;
        }
        return null;
    }

    /// <summary>"signed a $X (concessional) loan (agreement) with": the "with" after the run of nouns that follows the amount,
    /// and whether the run names a loan; null if none.</summary>
    private (int With, bool Loan)? WithAfterNoun(TokenLayer tokens, PartyScene scene)
    {
        var amount = tokens.FirstStartingFrom(scene.Amount.Start);
        if (!SignedBefore(tokens, amount)) return null;
        var end = scene.Sentence.End;
        var i = tokens.FirstStartingFrom(scene.Amount.End);
        for (var m = 0; !tokens.IsAny(i, words.AgreementNouns); m++, i++)
            if (m == Modifiers || !IsSpacedLowerWord(tokens, i, end)) return null;
        if (!IsSpacedLowerWord(tokens, i, end)) return null;
        var loan = tokens.IsAny(i, words.LoanNouns);
        while (IsSpacedLowerWord(tokens, i + 1, end) && tokens.IsAny(i + 1, words.AgreementNouns))
            loan |= tokens.IsAny(++i, words.LoanNouns);
        return IsSpacedLowerWord(tokens, ++i, end) && tokens.IsExactly(i, "with") ? (i, loan) : null;
    }

    /// <summary>"signed agreements worth $X with": the "with" right after an amount that an agreement noun and "worth" stand
    /// before, the noun governed by a verb of signing.</summary>
    private (int With, bool Loan)? WithAfterWorth(TokenLayer tokens, PartyScene scene)
    {
        var worth = tokens.FirstStartingFrom(scene.Amount.Start) - 1;
        if (!tokens.IsExactly(worth, "worth") || !tokens.IsAny(worth - 1, words.AgreementNouns) || !SignedBefore(tokens, worth - 1)) return null;
        var i = tokens.FirstStartingFrom(scene.Amount.End);
        return IsSpacedLowerWord(tokens, i, scene.Sentence.End) && tokens.IsExactly(i, "with") ? (i, tokens.IsAny(worth - 1, words.LoanNouns)) : null;
    }

    /// <summary>A verb of signing before the token <paramref name="head"/>, one space apart, only a few lower-case words
    /// ("a", "two") between: the verb governs what opens at the head.</summary>
    private bool SignedBefore(TokenLayer tokens, int head)
    {
        for (var (j, m) = (head - 1, 0); j >= 0 && m <= Determiners && tokens.SpacedFromPrevious(j + 1, WordSpacing.OneWhitespace) && tokens.IsLetters(j, lowerOnly: true); j--, m++)
            if (tokens.IsAny(j, words.SigningVerbs)) return true;
        return false;
    }

    /// <summary>A lender's name: a lender-name-word ("Bank") among its words.</summary>
    private bool IsLenderName(string name) => name.Split(' ', '-').Any(words.LenderNameWords.Contains);

    /// <summary>A lower-case word one space after the token before it, ending by <paramref name="ceiling"/>.</summary>
    private static bool IsSpacedLowerWord(TokenLayer tokens, int i, int ceiling) =>
        i < tokens.Count && tokens[i].End <= ceiling && tokens.SpacedFromPrevious(i, WordSpacing.OneWhitespace) && tokens.IsLetters(i, lowerOnly: true);
}
