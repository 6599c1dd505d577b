using System.Globalization;
using AidAnalysis.Model;
using static AidAnalysis.Frames.FundingBuilder;

namespace AidAnalysis.Frames;

/// <summary>The funding frame's last step: the same amount repeated for the same thing becomes one row with several
/// mentions, and a headline figure joins the body's row.</summary>
internal static class RepeatedAmounts
{
    private static FundingFigure Figure(Draft d, string id)
    {
        var f = d.Frame;
        return new(id, f.Money.Text, f.Money.Value, f.Money.High, d.Currency, null, null, f.Donor, f.Recipient, d.Channel, f.Purpose,
            f.AidType, f.Year, f.Status, f.IsTotal, d.ConvertedFromId, f.Money.Span, [f.Money.Span], f.Sentence) { DonorBody = f.DonorBody };
    }

    /// <summary>The same amount repeated for the same thing becomes one row with several mentions. A headline
    /// figure restates the body's: it joins the body's row, whose sentence says more. Each row gets its value in US dollars
    /// (<paramref name="usd"/>) in the same copy that gives it its mentions.</summary>
    public static IReadOnlyList<FundingFigure> Merge(Draft[] drafts, Span headline, Func<FundingFigure, (double? Usd, int? FxYear)> usd)
    {
        var rows = new List<FundingFigure>();
        var mentions = new List<List<Span>>();
        var readings = new List<List<MentionReading>>();
        // The row id of each draft, by draft position: conversions name their draft as "F" and its position from 1.
        var rowIdOfDraft = new string[drafts.Length];
        var byAmount = new Dictionary<(double?, string), List<int>>();
        // A long text repeats one amount many times in a row: the rows of the last amount are kept at hand.
        (double?, string)? lastAmount = null;
        List<int>? lastCandidates = null;
        for (var i = 0; i < drafts.Length; i++)
        {
            var f = drafts[i];
            var twin = -1;
            var amount = (f.Value, f.Currency);
            if (lastAmount != amount)
            {
                byAmount.TryGetValue(amount, out lastCandidates);
                lastAmount = amount;
            }
            var candidates = lastCandidates;
            if (candidates is not null)
                foreach (var candidate in candidates)
                    if (IsRepeat(rows[candidate], f, headline))
                    {
                        twin = candidate;
                        break;
                    }
            if (twin < 0)
            {
                var id = $"F{rows.Count + 1}";
                rowIdOfDraft[i] = id;
                if (candidates is null) byAmount[amount] = lastCandidates = candidates = [];
                candidates.Add(rows.Count);
                rows.Add(Figure(f, id));
                mentions.Add([f.Span]);
                readings.Add([new MentionReading(f.Span, f.Donor, f.Recipient, f.Status)]);
                continue;
            }
            var r = rows[twin];
            rowIdOfDraft[i] = r.Id;
            mentions[twin].Add(f.Span);
            readings[twin].Add(new MentionReading(f.Span, f.Donor, f.Recipient, f.Status));
            if (headline.Contains(r.Span) && !headline.Contains(f.Span)) rows[twin] = Figure(f, r.Id);
            else if (!FillsGaps(r, f)) continue;
            else rows[twin] = r with
                {
                    Donor = r.Donor ?? f.Donor, DonorBody = r.Donor is null ? f.DonorBody : r.DonorBody, Recipient = r.Recipient ?? f.Recipient, Channel = r.Channel ?? f.Channel,
                    Purpose = r.Purpose ?? f.Purpose, Year = r.Year ?? f.Year,
                    AidType = r.AidType == AidType.Unspecified ? f.AidType : r.AidType,
                    Status = r.Status == FundingStatus.Unspecified ? f.Status : r.Status,
                };
        }
        var merged = new FundingFigure[rows.Count];
        for (var i = 0; i < merged.Length; i++)
        {
            var r = rows[i];
            var (valueUsd, fxYear) = usd(r);
            merged[i] = r with
            {
                ConvertedFromId = r.ConvertedFromId is { } from && DraftRowId(rowIdOfDraft, from) is { } mapped ? mapped : r.ConvertedFromId,
                Mentions = InTextOrder(mentions[i], m => m.Start), Readings = InTextOrder(readings[i], m => m.Span.Start),
                ValueUsd = valueUsd, FxYear = fxYear,
            };
        }
        return merged;
    }

    /// <summary>The items ordered by start (stable); drafts come in text order, so the list usually is already.</summary>
    private static T[] InTextOrder<T>(List<T> items, Func<T, int> start)
    {
        for (var i = 1; i < items.Count; i++)
            if (start(items[i]) < start(items[i - 1])) return items.OrderBy(start).ToArray();
        return items.ToArray();
    }

    /// <summary>Whether a repeat gives the row something it lacks (most repeats of a long text do not; the row is then kept as it is).</summary>
    private static bool FillsGaps(FundingFigure row, Draft repeat) =>
        row.Donor is null && (repeat.Donor is not null || repeat.DonorBody != row.DonorBody)
        || row.Recipient is null && repeat.Recipient is not null
        || row.Channel is null && repeat.Channel is not null
        || row.Purpose is null && repeat.Purpose is not null
        || row.Year is null && repeat.Year is not null
        || row.AidType == AidType.Unspecified && repeat.AidType != AidType.Unspecified
        || row.Status == FundingStatus.Unspecified && repeat.Status != FundingStatus.Unspecified;

    /// <summary>The row id of the draft a conversion names ("F3": the third draft), if it has one.</summary>
    private static string? DraftRowId(string[] rowIdOfDraft, string draftId) =>
        draftId.StartsWith('F') && int.TryParse(draftId.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var position)
        && position >= 1 && position <= rowIdOfDraft.Length ? rowIdOfDraft[position - 1] : null;

    /// <summary>A later mention of the same amount is the same figure unless it is given by or to someone else, or
    /// dated another year ("$1.4 billion" this year and "$1.4 billion ... last year" are two figures). A headline
    /// figure restates the body's, even where the body gives it as a conversion.</summary>
    private static bool IsRepeat(FundingFigure row, Draft f, Span headline) =>
        row.Value is not null
        && !(IsEarlier(row.Status) && IsNew(f.Status) || IsNew(row.Status) && IsEarlier(f.Status))
        && (headline.Contains(row.Span)
            || row.ConvertedFromId is null == (f.ConvertedFromId is null)
            && (row.Year is null || f.Year is null || row.Year == f.Year)
            && (row.Donor is null || f.Donor is null || string.Equals(row.Donor, f.Donor, StringComparison.OrdinalIgnoreCase))
            && (row.Recipient is null || f.Recipient is null || SameParty(row.Recipient, f.Recipient)));

    /// <summary>"Palestinian Authority" and "Palestinian Authority and people" are one receiver: equal, or one holds the other as whole words.</summary>
    private static bool SameParty(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase)
        || $" {a} ".Contains($" {b} ", StringComparison.OrdinalIgnoreCase) || $" {b} ".Contains($" {a} ", StringComparison.OrdinalIgnoreCase);

    /// <summary>"a package worth $2.2 billion" and "our budget rose by $2.2 billion the year before" are two figures: an amount read
    /// as earlier money never merges with one read as new money.</summary>
    private static bool IsEarlier(FundingStatus status) => status is FundingStatus.Previous;

    private static bool IsNew(FundingStatus status) => status is FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered;
}
