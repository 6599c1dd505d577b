using Microsoft.Data.Analysis;
using AidAnalysis.Model;
using AidAnalysis.Tables.Rows;

namespace AidAnalysis.Tables;

/// <summary>The analysis as Microsoft.Data.Analysis DataFrames with typed columns, one per declared row kind.</summary>
public sealed record AnalysisTables(DataFrame Actors, DataFrame Claims, DataFrame Funding, DataFrame AidItems, DataFrame Mentions, DataFrame Checks)
{
    public IEnumerable<(string Name, DataFrame Table)> All =>
        [(ActorRows.Schema.Name, Actors), (ClaimRows.Schema.Name, Claims), (FundingRows.Schema.Name, Funding),
         (AidItemRows.Schema.Name, AidItems), (MentionRows.Schema.Name, Mentions), (CheckRows.Schema.Name, Checks)];

    /// <summary>US dollars of the new money (the `counted` rows): the total every table, chart and brief shows.</summary>
    public double NewMoneyUsd => Funding.Rows.Where(r => r[FundingRows.Counted.Name] is true).Sum(Usd);

    /// <summary>US dollars of earlier and cumulative money mentioned as background: shown apart, never added to new money.
    /// Earlier money inside another earlier row (a running total's parts) is already in that row's amount.</summary>
    public double EarlierUsd
    {
        get
        {
            var previous = EnumText.Lower(FundingStatus.Previous);
            var earlier = Funding.Rows.Where(r => r[FundingRows.Status.Name] as string == previous).ToList();
            var earlierIds = earlier.Select(r => (r[IRowSchema.ArticleKey], r[FundingRows.Id.Name])).ToHashSet();
            return earlier.Where(r => r[FundingRows.ConvertedFrom.Name] is null
                    && !(r[FundingRows.PartOf.Name] is { } parent && earlierIds.Contains((r[IRowSchema.ArticleKey], parent))))
                .Sum(Usd);
        }
    }

    private static double Usd(DataFrameRow row) => row[FundingRows.ValueUsd.Name] as double? ?? 0;

    public static AnalysisTables From(ArticleAnalysis analysis) => From([analysis]);

    /// <summary>Tables over several articles, one per declared row kind (<see cref="ResultRows"/>); every row carries its article id.</summary>
    public static AnalysisTables From(IReadOnlyList<ArticleAnalysis> analyses) => new(
        TableFrame.Of(ActorRows.Schema, analyses), TableFrame.Of(ClaimRows.Schema, analyses), TableFrame.Of(FundingRows.Schema, analyses),
        TableFrame.Of(AidItemRows.Schema, analyses), TableFrame.Of(MentionRows.Schema, analyses), TableFrame.Of(CheckRows.Schema, analyses));
}
