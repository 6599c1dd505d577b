using System.Text.RegularExpressions;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// "An initial instalment of $8 million is due ...", "paid out in three payments, the first of €4m": an amount named as
/// one instalment is a component of the news figure told before it (the nearest, in its currency), when that one is larger.
/// "the last payment of the €20 million" names the whole instead and is <see cref="ComponentOfLarger"/>'s.
/// </summary>
internal sealed partial class TrancheOfNews : IRelationRule
{
    private const RegexOptions Window = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
    /// <summary>Nouns naming one instalment of a sum; each forms its plural with "s".</summary>
    private const string InstalmentNouns = "tranche|instalment|installment|disbursement|payment";
    /// <summary>An optional approximation before the amount ("of about $5 million").</summary>
    private const string Approximation = @"(?:(?:about|around|roughly|some|nearly|almost|up\sto)\s)?";

    [GeneratedRegex(@"\b(?:an?|the)\s(?:first|second|third|fourth|final|last|initial|next)\s(?:(?:" + InstalmentNouns + @")\s)?(?:of|worth)\s" + Approximation + "$", Window)]
    private static partial Regex OrdinalInstalment();
    [GeneratedRegex(@"\b(?:" + InstalmentNouns + @")\s(?:of|worth)\s" + Approximation + "$", Window)]
    private static partial Regex OrdinalNamed();
    [GeneratedRegex(@"\b(?:" + InstalmentNouns + @")s\b", Window)]
    private static partial Regex InstalmentsNamed();

    public void Apply(RelationDraft draft)
    {
        foreach (var i in draft.Primary)
        {
            var mention = draft.BodySpan(i);
            var before = draft.Before(mention, 80);
            if (!OrdinalInstalment().IsMatch(before)) continue;
            // "the first of €4m" is an instalment only where the sentence speaks of instalments.
            if (!OrdinalNamed().IsMatch(before) && !InstalmentsNamed().IsMatch(before)) continue;
            // The whole: the nearest earlier news row pledged, allocated or delivered in the instalment's currency that is larger.
            var whole = draft.NewsBefore(mention.Start, i, draft.Figures[i].Currency, j =>
                draft.Figures[j].Status is FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered && draft.Smaller(i, j));
            if (whole >= 0) draft.TryLink(i, whole);
        }
    }
}
