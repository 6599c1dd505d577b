using AidAnalysis.Model;

namespace AidAnalysis.Totals;

/// <summary>
/// The new money of one or more articles as the brief adds it: each article's counted rows, reconciled across articles with
/// the corpus rule (<see cref="FactReconciler"/>), so a package reported by several articles of one brief counts once.
/// </summary>
public static class NewMoneyTotals
{
    public static IReadOnlyList<FundingFact> Facts(IEnumerable<ArticleAnalysis> analyses) =>
        FactReconciler.Reconcile(analyses.SelectMany(a => a.Funding.Where(f => f.Counted && f.Value is not null).Select(f =>
            new StoredFigure(a.Article.Id, f.Id, f.AmountText, f.Value!.Value, f.Currency, f.ValueUsd, f.Donor, f.Recipient, f.Channel,
                f.AidType, f.Year, f.Status, f.Context.Of(a.Article.Text), a.Article.Metadata.Published, true, f.PartOfId,
                a.Article.Metadata.Title, a.Article.Metadata.Source))));

    /// <summary>US dollars of the new money, each figure once (facts in a currency the FX table lacks add nothing).</summary>
    public static double Usd(IEnumerable<ArticleAnalysis> analyses) => Facts(analyses).Sum(f => f.ValueUsd);
}
