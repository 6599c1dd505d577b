using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// "An initial instalment of $8 million is due ...", "paid out in three payments, the first of €4m": an amount named as
/// one instalment is a component of the news figure told before it (the nearest, in its currency), when that one is larger.
/// Read on the words right before the amount: an article, an ordinal, an instalment noun or none, "of" or "worth" and an
/// approximation or none (relation-words.tsv); without the noun, the sentence must speak of instalments before the amount.
/// "the last payment of the €20 million" names the whole instead and is <see cref="ComponentOfLarger"/>'s.
/// </summary>
internal sealed class TrancheOfNews(RelationVocabulary words) : IRelationRule
{
    /// <summary>How far back the sentence is read for instalments: the clause that announces them ("paid out in three payments,
    /// the first of €4m"), not the whole of a long sentence.</summary>
    private const int Reach = 16;

    public void Apply(RelationDraft draft)
    {
        var tokens = draft.Document.Tokens;
        foreach (var i in draft.Primary)
        {
            var mention = draft.BodySpan(i);
            var floor = draft.SentenceOf(mention).Start;
            if (Instalment(tokens, mention.Start, floor) is not { } named) continue;
            // "the first of €4m" is an instalment only where the sentence speaks of instalments.
            if (!named && !SpeaksOfInstalments(tokens, floor, mention.Start)) continue;
            // The whole: the nearest earlier news row pledged, allocated or delivered in the instalment's currency that is larger.
            var whole = draft.NewsBefore(mention.Start, i, draft.Figures[i].Currency, j =>
                draft.Figures[j].Status is FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered && draft.Smaller(i, j));
            if (whole >= 0) draft.TryLink(i, whole);
        }
    }

    /// <summary>Whether "a|an|the ORDINAL [NOUN] of|worth [APPROXIMATION]" ends right before <paramref name="amount"/>: null when
    /// not, else whether the instalment noun is written.</summary>
    private bool? Instalment(TokenLayer tokens, int amount, int floor)
    {
        var j = tokens.SkipApproximationBack(tokens.WordEndingRightBefore(amount, floor), floor, words);
        if (!tokens.Is(j, "of") && !tokens.Is(j, "worth")) return null;
        j = tokens.WordRightBeforeToken(j, floor);
        var named = words.Instalments.Contains(tokens, j);
        if (named) j = tokens.WordRightBeforeToken(j, floor);
        if (!words.Ordinals.Contains(tokens, j)) return null;
        j = tokens.WordRightBeforeToken(j, floor);
        return tokens.Is(j, "a") || tokens.Is(j, "an") || tokens.Is(j, "the") ? named : null;
    }

    /// <summary>Whether a plural instalment noun ("payments") stands among the <see cref="Reach"/> words before
    /// <paramref name="amount"/> in its sentence (from <paramref name="floor"/>).</summary>
    private bool SpeaksOfInstalments(TokenLayer tokens, int floor, int amount)
    {
        var count = 0;
        for (var j = tokens.LastEndingBy(amount); j >= 0 && tokens[j].Start >= floor && count < Reach; j--)
        {
            if (tokens[j].Kind != TokenKind.Word) continue;
            count++;
            var word = tokens.TextOf(j);
            if (word.Length > 1 && word[^1] is 's' or 'S' && words.Instalments.IsWord(word[..^1])) return true;
        }
        return false;
    }
}
