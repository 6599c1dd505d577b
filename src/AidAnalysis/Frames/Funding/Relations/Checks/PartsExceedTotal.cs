using System.Text.RegularExpressions;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations.Checks;

/// <summary>Stated parts that add up to more than their total (by more than 1%). Restatements (a headline's figure), "up to"
/// ceilings and ranges are not exact parts and are left out of the sum.</summary>
internal sealed partial class PartsExceedTotal : IFundingCheck
{
    [GeneratedRegex(@"\b(?:up\sto|as\smuch\sas|a\smaximum\sof|at\smost)\s$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UpTo();

    public IEnumerable<(CheckKind, string, IReadOnlyList<int>, double?)> Find(RelationDraft draft)
    {
        foreach (var total in draft.Primary)
        {
            var t = draft.Figures[total];
            if (t.Value is not { } whole) continue;
            var parts = draft.Children(total)
                .Where(c => !draft.OnlyInHeadline(c) && draft.Figures[c].ValueHigh is null && draft.Figures[c].Value is not null
                    && !UpTo().IsMatch(draft.Before(draft.BodySpan(c), 20)))
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

    internal static string Format(double v) => v.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture);
}
