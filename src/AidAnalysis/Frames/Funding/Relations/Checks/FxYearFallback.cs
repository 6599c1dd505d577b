using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations.Checks;

/// <summary>Figures converted to US dollars at a year other than their own: the article gives no date for them (no figure
/// year, no publication or dateline date), so the currency's latest rate was used, or the table lacks their year's rate.
/// One finding per article, citing every such row, so a dateless article says its FX year fell back.</summary>
internal sealed class FxYearFallback : IFundingCheck
{
    public IEnumerable<(CheckKind, string, IReadOnlyList<int>, double?)> Find(RelationDraft draft)
    {
        var reference = draft.Document.ReferenceYear;
        var undated = new List<int>();
        var otherYear = new List<int>();
        for (var i = 0; i < draft.Figures.Length; i++)
        {
            var f = draft.Figures[i];
            if (f.FxYear is not { } fxYear || f.Currency == "USD") continue;
            if ((f.Year ?? reference) is not { } year) undated.Add(i);
            else if (year != fxYear) otherYear.Add(i);
        }
        if (undated.Count > 0)
            yield return (CheckKind.FxYearFallback,
                $"No date for {string.Join(", ", undated.Select(i => draft.Figures[i].AmountText))}: converted to US dollars at the latest rate the table has ({draft.Figures[undated[0]].FxYear}).",
                undated, null);
        if (otherYear.Count > 0)
            yield return (CheckKind.FxYearFallback,
                $"No rate for the year of {string.Join(", ", otherYear.Select(i => draft.Figures[i].AmountText))}: converted at the nearest year the table has ({string.Join(", ", otherYear.Select(i => draft.Figures[i].FxYear).Distinct())}).",
                otherYear, null);
    }
}
