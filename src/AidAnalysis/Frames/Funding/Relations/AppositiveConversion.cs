using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// An amount set off right after another by a comma or a dash, with "or", an approximation or both, restates it in another
/// currency: "45.6 billion yen, around $310 million,", "€9 billion, or about $10.5 billion", "$12 million -- roughly 17.4
/// billion won --", "(15 million euros, about $17.5 million)". SCHEMA.md makes the second a conversion of the first (never
/// counted). The bracketed and bare "or" forms, and a comma with "or" and no other word (", or $Y"), are linked when amounts are found
/// (<see cref="AidAnalysis.Recognizers.Money.AdjacentAmounts.LinkConversions"/>, with no check); this reader owns the other
/// appositive forms, with an approximation or dashes. The two must be of
/// about one US-dollar value (<see cref="RestatedInOtherCurrency.Margin"/>): "10 million euros, or about $2 million more than
/// last year" compares, it does not restate; a list of givers ("10 million euros, Tolby $11 million") has neither word.
/// Where one of the two has no US-dollar value to compare (a currency without a rate), "or" and an approximation together
/// ("6 billion kwacha, or roughly $3.5 million") still mark the restatement.
/// </summary>
internal sealed class AppositiveConversion(RelationVocabulary words) : IRelationRule
{
    public void Apply(RelationDraft draft)
    {
        var tokens = draft.Document.Tokens;
        foreach (var i in draft.Primary.ToList())
        {
            var mention = draft.BodySpan(i);
            var sentence = draft.SentenceOf(mention);
            var (end, bothWords) = SetOffAfter(tokens, tokens.LastEndingBy(mention.Start), sentence.Start);
            if (end < 0 || RowEndingAt(draft, tokens[end].End) is not (>= 0 and var source) || source == i) continue;
            if (draft.Figures[source].Currency == draft.Figures[i].Currency) continue;
            var sameValue = draft.Usd(i) is { } usd && draft.Usd(source) is { } other
                ? usd > 0 && Math.Abs(other - usd) <= RestatedInOtherCurrency.Margin * other
                : bothWords;
            if (sameValue) draft.MarkConversion(i, draft.Figures[source].Id);
        }
    }

    /// <summary>The token an earlier amount must end with when the words ending at token <paramref name="j"/> set the amount
    /// after them off as a restatement: an approximation or none, "or" or none (one of the two at least), then a comma or one
    /// or two dashes; -1 otherwise. Whether both words stand.</summary>
    private (int End, bool BothWords) SetOffAfter(TokenLayer tokens, int j, int floor)
    {
        var approximation = words.ValueApproximations.StartEndingAt(tokens, j, floor);
        var approximated = approximation >= 0;
        if (approximated) j = approximation - 1;
        var or = j >= 0 && tokens[j].Start >= floor && tokens.Is(j, "or");
        if (or) j--;
        if (!(approximated || or) || j < 0 || tokens[j].Start < floor) return (-1, false);
        if (tokens.IsMark(j, ',')) return (j - 1, approximated && or);
        if (!tokens.IsDash(j)) return (-1, false);
        return (tokens.IsDash(j - 1) ? j - 2 : j - 1, approximated && or);
    }

    /// <summary>The primary row with a mention ending at <paramref name="end"/>; -1 if none.</summary>
    private static int RowEndingAt(RelationDraft draft, int end)
    {
        foreach (var r in draft.Primary)
            foreach (var m in draft.Figures[r].Mentions)
                if (m.End == end) return r;
        return -1;
    }
}
