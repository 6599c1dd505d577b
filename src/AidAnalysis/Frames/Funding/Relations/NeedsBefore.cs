using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>For each row, the request told nearest before it that is larger and in its currency: the need money set against
/// it, or the gap it leaves, belongs to. Found in one text-order pass that keeps, per currency, the requests no later one
/// hides (a request hides the earlier ones no larger than itself), so their values fall from the oldest to the latest and
/// the nearest larger one is found by halving.</summary>
internal static class NeedsBefore
{
    /// <summary>For each row of <see cref="RelationDraft.Figures"/>, the nearest larger request told before it; -1 if none
    /// (and for conversions, which the rows read here leave out).</summary>
    public static int[] Of(RelationDraft draft)
    {
        var nearest = new int[draft.Figures.Length];
        Array.Fill(nearest, -1);
        var rows = draft.Primary.OrderBy(i => draft.BodySpan(i).Start).ToArray();
        var open = new Dictionary<string, List<(int Row, double Value)>>(StringComparer.Ordinal);
        for (var k = 0; k < rows.Length;)
        {
            // Rows told at one place see none of each other.
            var end = k + 1;
            while (end < rows.Length && draft.BodySpan(rows[end]).Start == draft.BodySpan(rows[k]).Start) end++;
            for (var j = k; j < end; j++)
                if (draft.Figures[rows[j]].Value is { } value && open.TryGetValue(draft.Figures[rows[j]].Currency, out var requests))
                    nearest[rows[j]] = LatestLarger(requests, value);
            for (; k < end; k++)
            {
                var f = draft.Figures[rows[k]];
                if (f.Status != FundingStatus.Requested || f.Value is not { } value) continue;
                if (!open.TryGetValue(f.Currency, out var requests)) open[f.Currency] = requests = [];
                while (requests.Count > 0 && requests[^1].Value <= value) requests.RemoveAt(requests.Count - 1);
                requests.Add((rows[k], value));
            }
        }
        return nearest;
    }

    /// <summary>The latest of the requests (values falling) larger than <paramref name="value"/>; -1 if none.</summary>
    private static int LatestLarger(List<(int Row, double Value)> requests, double value)
    {
        // requests[..low] are larger than the value, requests[high..] are not.
        int low = 0, high = requests.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (requests[mid].Value > value) low = mid + 1;
            else high = mid;
        }
        return low > 0 ? requests[low - 1].Row : -1;
    }
}
