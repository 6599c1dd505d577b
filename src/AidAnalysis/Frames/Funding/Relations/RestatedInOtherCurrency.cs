using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// "The grant, worth some 70 billion rupiah, ...", "The aid, equivalent to about €5 million, ...", "Together, the credits amount
/// to nearly 3 billion shillings": a sentence whose subject points back to a figure and values it in another currency restates that
/// figure, which SCHEMA.md calls a conversion (never counted). The figure restated is the nearest earlier one in another
/// currency whose US-dollar value is within <see cref="Margin"/> of it (rates differ between sources and dates), looked for
/// among the <see cref="MaxLookBack"/> rows told just before it. The opening is read on tokens (<see cref="RestatementWording"/>).
/// </summary>
internal sealed class RestatedInOtherCurrency(RestatementWording wording) : IRelationRule
{
    public const double Margin = 0.15;

    /// <summary>How many rows told before a restatement are searched for the figure it restates: the restated figure stands
    /// close by, and a text repeating such sentences thousands of times is generated or hostile.</summary>
    private const int MaxLookBack = 64;

    public void Apply(RelationDraft draft)
    {
        var rows = draft.Primary.ToList();
        // The rows in the order their body mentions are read (a stable sort: rows told at one offset keep their order).
        var byStart = rows.OrderBy(r => draft.BodySpan(r).Start).ToArray();
        var position = new Dictionary<int, int>(byStart.Length);
        for (var k = 0; k < byStart.Length; k++) position[byStart[k]] = k;
        var marked = new HashSet<int>();
        foreach (var i in rows)
        {
            var mention = draft.BodySpan(i);
            var sentence = draft.SentenceOf(mention);
            if (mention.Start - sentence.Start > 80 || !wording.ValuesAmount(draft.Document.Tokens, sentence, mention.Start)) continue;
            if (Restated(draft, i, byStart, position[i], marked) is var source and >= 0)
            {
                draft.MarkConversion(i, draft.Figures[source].Id);
                marked.Add(i);
            }
        }
    }

    /// <summary>The nearest row told before row <paramref name="i"/> (at <paramref name="at"/> in <paramref name="byStart"/>) in
    /// another currency and of about its US-dollar value, or -1; rows this rule made conversions are no longer candidates.</summary>
    private static int Restated(RelationDraft draft, int i, int[] byStart, int at, HashSet<int> marked)
    {
        if (draft.Usd(i) is not { } usd || usd <= 0) return -1;
        var before = draft.BodySpan(i).Start;
        var nearest = -1;
        for (var k = at - 1; k >= 0 && at - k <= MaxLookBack; k--)
        {
            var j = byStart[k];
            var start = draft.BodySpan(j).Start;
            if (nearest >= 0 && start < draft.BodySpan(nearest).Start) break;
            if (marked.Contains(j) || start >= before || draft.Figures[j].Currency == draft.Figures[i].Currency) continue;
            if (draft.Usd(j) is not { } other || Math.Abs(other - usd) > Margin * other) continue;
            // Of rows told at one offset, the first in row order, as a forward walk keeping the strictly nearest finds.
            nearest = j;
        }
        return nearest;
    }
}
