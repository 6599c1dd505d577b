using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// "X signed a $40 million agreement with Y", "a €40 million concessional loan with the Zian government", "signed two agreements
/// worth $9 million with Y": the party an
/// agreement, loan or grant of the amount is made with receives it, the signer being the giver. Not a multilateral lender
/// ("a $500 million loan with the Asian Development Bank"): a borrower signs with its lender. The nouns are the
/// agreement-noun words of party-words.tsv; a few lower-case words may qualify the noun before it ("concessional") and
/// describe the party before its name ("with grid operator Y"), read on the tokens as written.
/// </summary>
internal sealed class AgreementCounterpart(PartyWords words, Lexicon lexicon)
{
    /// <summary>How many lower-case words may stand between the amount and the noun, and between "with" and the party.</summary>
    private const int Modifiers = 2, Apposition = 3;

    public Actor? Find(PartyScene scene)
    {
        var tokens = scene.Tokens;
        var i = WithAfterNoun(tokens, scene) ?? WithAfterWorth(tokens, scene);
        if (i is not { } at) return null;
        var with = tokens[at].End;
        foreach (var (actor, span) in scene.Mentions)
        {
            if (span.Start <= with) continue;
            var (first, last) = tokens.Within(new Span(with, span.Start));
            if (last - first > Apposition + 1) return null;
            for (var w = first; w < last; w++)
                if (!IsSpacedLowerWord(tokens, w, span.Start)) return null;
            return actor.Kind != ActorKind.Person && !MultilateralLender.Is(lexicon, actor.Name) ? actor : null;
        }
        return null;
    }

    /// <summary>"a $X (concessional) loan with": the "with" after the noun that follows the amount; null if none.</summary>
    private int? WithAfterNoun(TokenLayer tokens, PartyScene scene)
    {
        var end = scene.Sentence.End;
        var i = tokens.FirstStartingFrom(scene.Amount.End);
        for (var m = 0; !tokens.IsAny(i, words.AgreementNouns); m++, i++)
            if (m == Modifiers || !IsSpacedLowerWord(tokens, i, end)) return null;
        return IsSpacedLowerWord(tokens, i, end) && IsSpacedLowerWord(tokens, ++i, end) && tokens.IsExactly(i, "with") ? i : null;
    }

    /// <summary>"agreements worth $X with": the "with" right after an amount that an agreement noun and "worth" stand before.</summary>
    private int? WithAfterWorth(TokenLayer tokens, PartyScene scene)
    {
        var worth = tokens.FirstStartingFrom(scene.Amount.Start) - 1;
        if (!tokens.IsExactly(worth, "worth") || !tokens.IsAny(worth - 1, words.AgreementNouns)) return null;
        var i = tokens.FirstStartingFrom(scene.Amount.End);
        return IsSpacedLowerWord(tokens, i, scene.Sentence.End) && tokens.IsExactly(i, "with") ? i : null;
    }

    /// <summary>A lower-case word one space after the token before it, ending by <paramref name="ceiling"/>.</summary>
    private static bool IsSpacedLowerWord(TokenLayer tokens, int i, int ceiling) =>
        i < tokens.Count && tokens[i].End <= ceiling && tokens.SpacedFromPrevious(i, WordSpacing.OneWhitespace) && tokens.IsLetters(i, lowerOnly: true);
}
