using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations.Checks;

/// <summary>One counted figure whose mentions, read one by one, name different donors, or call it new money in one place and
/// earlier money or a request in another.</summary>
internal sealed class ConflictingMentions : IFundingCheck
{
    public IEnumerable<(CheckKind, string, IReadOnlyList<int>, double?)> Find(RelationDraft draft)
    {
        foreach (var i in draft.Primary)
        {
            var f = draft.Figures[i];
            if (!f.Counted || f.Readings.Count < 2) continue;
            // A mention that reads as giver whom another mention reads as receiver ("ADB's loan for Bangladesh", "Bangladesh will be
            // provided a loan") is a misreading of the passive, not a conflict.
            var receivers = f.Readings.Select(r => r.Recipient).Append(f.Recipient).Append(f.Channel).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
            var donors = f.Readings.Select(r => r.Donor).OfType<string>().Where(d => !receivers.Contains(d))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var distinctDonors = donors.Where(d => !donors.Any(o => o != d && (o.Contains(d, StringComparison.OrdinalIgnoreCase) || d.Contains(o, StringComparison.OrdinalIgnoreCase)))).ToList();
            var isNew = f.Readings.Any(r => r.Status is FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered);
            var isOld = f.Readings.Any(r => r.Status is FundingStatus.Previous or FundingStatus.Requested);
            if (distinctDonors.Count >= 2)
                yield return (CheckKind.ConflictingMentions, $"{f.AmountText} is given by {string.Join(" in one place and by ", distinctDonors)} in another.", [i], null);
            else if (isNew && isOld)
                yield return (CheckKind.ConflictingMentions,
                    $"{f.AmountText} is new money in one mention and {string.Join(" or ", f.Readings.Where(r => r.Status is FundingStatus.Previous or FundingStatus.Requested).Select(r => EnumText.Lower(r.Status)).Distinct())} in another.", [i], null);
        }
    }
}
