using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations.Checks;

/// <summary>
/// The change the text implies between an earlier figure and a new one from the same giver in the same currency, stated in
/// one sentence ("had previously allocated $12 million ..., and this year $8 million will be allocated" → -33%; "cut to €3
/// billion ... from about €6 billion" → -50%). Running totals and a figure's own parts or wholes are not earlier rounds.
/// </summary>
internal sealed class ChangeFromEarlier : IFundingCheck
{
    public IEnumerable<(CheckKind, string, IReadOnlyList<int>, double?)> Find(RelationDraft draft)
    {
        foreach (var now in draft.Primary.Where(i => draft.Figures[i].Counted))
        {
            var n = draft.Figures[now];
            var sentences = draft.SentencesOf(now);
            var earlier = draft.Primary
                .Where(i => draft.Figures[i].Status == FundingStatus.Previous && draft.Figures[i].Value is > 0 && draft.SameKnownDonor(i, now)
                    && draft.Figures[i].Currency == n.Currency && !draft.IsAncestor(i, now) && !draft.IsAncestor(now, i)
                    && draft.Figures[i].Mentions.Any(e => sentences.Contains(draft.Document.SentenceIndexAt(e.Start))))
                .FirstOrDefault(-1);
            if (earlier < 0 || n.Value is not { } value) continue;
            var e = draft.Figures[earlier];
            var change = value / e.Value!.Value - 1;
            yield return (CheckKind.ChangeFromEarlier,
                $"{n.Donor}: {e.AmountText} earlier, {n.AmountText}{(n.Year is { } y ? $" in {y}" : "")} now ({CheckText.SignedPercent(change)}).",
                [earlier, now], change);
        }
    }
}
