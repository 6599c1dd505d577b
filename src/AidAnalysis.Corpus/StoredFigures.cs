using AidAnalysis.Model;
using AidAnalysis.Tables.Rows;
using AidAnalysis.Totals;
using Microsoft.Data.Analysis;

namespace AidAnalysis.Corpus;

/// <summary>Stored funding rows as <see cref="StoredFigure"/>s, read by the declared funding columns.</summary>
public static class StoredFigures
{
    /// <summary>Every stored figure that is not a conversion and has a value, with its relations and article.</summary>
    public static IReadOnlyList<StoredFigure> Read(CorpusStore store) =>
        store.Table(FundingRows.Schema.Name).Rows
            .Where(r => r[FundingRows.ConvertedFrom.Name] is null && r[FundingRows.Value.Name] is double)
            .Select(ToFigure).ToArray();

    private static StoredFigure ToFigure(DataFrameRow r) => new(
        (string)r[Tables.IRowSchema.ArticleKey], (string)r[FundingRows.Id.Name], (string)r[FundingRows.AmountText.Name],
        (double)r[FundingRows.Value.Name], (string)r[FundingRows.Currency.Name], r[FundingRows.ValueUsd.Name] as double?,
        r[FundingRows.Donor.Name] as string, r[FundingRows.Recipient.Name] as string, r[FundingRows.Channel.Name] as string,
        Enum.Parse<AidType>((string)r[FundingRows.AidType.Name], ignoreCase: true), r[FundingRows.Year.Name] as int?,
        Enum.Parse<FundingStatus>((string)r[FundingRows.Status.Name], ignoreCase: true), (string)r[FundingRows.Context.Name],
        r[StoredRows.ArticlePublished] is DateTime published ? DateOnly.FromDateTime(published) : null,
        (bool)r[FundingRows.Counted.Name], r[FundingRows.PartOf.Name] as string, r[StoredRows.ArticleTitle] as string, r[StoredRows.ArticleSource] as string);
}
