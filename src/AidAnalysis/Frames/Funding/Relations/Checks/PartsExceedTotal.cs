using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations.Checks;

/// <summary>Stated parts that add up to more than their total (by more than 1%). Restatements (a headline's figure), "up to"
/// ceilings and ranges are not exact parts and are left out of the sum.</summary>
internal sealed class PartsExceedTotal(RelationVocabulary words) : IFundingCheck
{
    /// <summary>How far before an amount its ceiling ("a maximum of") may start.</summary>
    private const int CeilingReach = 20;

    public IEnumerable<(CheckKind, string, IReadOnlyList<int>, double?)> Find(RelationDraft draft)
    {
        foreach (var total in draft.Primary)
        {
            var t = draft.Figures[total];
            if (t.Value is not { } whole) continue;
            var parts = draft.Children(total)
                .Where(c => !draft.OnlyInHeadline(c) && draft.Figures[c].ValueHigh is null && draft.Figures[c].Value is not null
                    && !Ceiling(draft, draft.BodySpan(c)))
                .ToList();
            if (parts.Count == 0) continue;
            var sameCurrency = parts.All(c => draft.Figures[c].Currency == t.Currency);
            double? sum = sameCurrency ? parts.Sum(c => draft.Figures[c].Value!.Value)
                : parts.All(c => draft.Usd(c) is not null) && t.ValueUsd is not null ? parts.Sum(c => draft.Usd(c)!.Value) : null;
            var of = sameCurrency ? whole : t.ValueUsd;
            if (sum is not { } s || of is not { } o || s <= o * 1.01) continue;
            var unit = sameCurrency ? t.Currency : "USD";
            yield return (CheckKind.PartsExceedTotal,
                $"Parts {string.Join(" + ", parts.Select(c => draft.Figures[c].AmountText))} add up to {Format(s)} {unit}, more than their total {t.AmountText}.",
                [total, .. parts], null);
        }
    }

    /// <summary>Whether a ceiling ("up to", "as much as") ends right before the amount.</summary>
    private bool Ceiling(RelationDraft draft, Span mention)
    {
        var tokens = draft.Document.Tokens;
        var floor = draft.Before(mention, CeilingReach).Start;
        return words.Ceilings.StartEndingAt(tokens, tokens.WordEndingRightBefore(mention.Start, floor), floor) >= 0;
    }

    internal static string Format(double v) => v.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture);
}
