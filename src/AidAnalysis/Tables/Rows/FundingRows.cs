using AidAnalysis.Model;
using static AidAnalysis.Model.EnumText;
using C = AidAnalysis.Tables.Columns<AidAnalysis.Tables.InArticle<AidAnalysis.Model.FundingFigure>>;

namespace AidAnalysis.Tables.Rows;

/// <summary>
/// The funding row (SCHEMA.md `funding`): a money amount and the aid frame around it. Columns that readers of stored rows
/// use by name are members, so a reader names the declared column instead of repeating its name.
/// </summary>
public static class FundingRows
{
    public static Column<InArticle<FundingFigure>> Id { get; } = C.Text("id", r => r.Item.Id);
    public static Column<InArticle<FundingFigure>> AmountText { get; } = C.Text("amount_text", r => r.Item.AmountText);
    public static Column<InArticle<FundingFigure>> Value { get; } = C.OptionalNumber("value", r => r.Item.Value);
    public static Column<InArticle<FundingFigure>> Currency { get; } = C.Text("currency", r => r.Item.Currency);

    /// <summary>US dollars to the cent, as every output writes them.</summary>
    public static Column<InArticle<FundingFigure>> ValueUsd { get; } = C.OptionalNumber("value_usd", r => r.Item.ValueUsd is { } v ? Math.Round(v, 2) : null);
    public static Column<InArticle<FundingFigure>> Donor { get; } = C.OptionalText("donor", r => r.Item.Donor);
    public static Column<InArticle<FundingFigure>> Recipient { get; } = C.OptionalText("recipient", r => r.Item.Recipient);
    public static Column<InArticle<FundingFigure>> Channel { get; } = C.OptionalText("channel", r => r.Item.Channel);
    public static Column<InArticle<FundingFigure>> AidType { get; } = C.Text("aid_type", r => Lower(r.Item.AidType));
    public static Column<InArticle<FundingFigure>> Year { get; } = C.OptionalInteger("year", r => r.Item.Year);
    public static Column<InArticle<FundingFigure>> Status { get; } = C.Text("status", r => Lower(r.Item.Status));
    public static Column<InArticle<FundingFigure>> PartOf { get; } = C.OptionalText("part_of", r => r.Item.PartOfId);
    public static Column<InArticle<FundingFigure>> ConvertedFrom { get; } = C.OptionalText("converted_from", r => r.Item.ConvertedFromId);
    public static Column<InArticle<FundingFigure>> Counted { get; } = C.Boolean("counted", r => r.Item.Counted);

    /// <summary>The sentence the figure was read from: kept with the row so a reader of stored rows sees the words without the article.</summary>
    public static Column<InArticle<FundingFigure>> Context { get; } = C.Text("context", r => r.Item.Context.Of(r.Article.Text));

    public static RowSchema<InArticle<FundingFigure>> Schema { get; } = new("funding",
        a => a.Funding.Select(f => new InArticle<FundingFigure>(a.Article, f)),
    [
        Id, AmountText, Value,
        C.OptionalNumber("value_high", r => r.Item.ValueHigh),
        Currency, ValueUsd,
        C.OptionalInteger("fx_year", r => r.Item.FxYear),
        Donor,
        C.OptionalText("donor_body", r => r.Item.DonorBody),
        Recipient, Channel,
        C.OptionalText("purpose", r => r.Item.Purpose),
        AidType, Year, Status,
        C.Boolean("is_total", r => r.Item.IsTotal),
        PartOf, ConvertedFrom, Counted,
        C.Integer("start", r => r.Item.Span.Start),
        C.Integer("end", r => r.Item.Span.End),
        C.Spans("mentions", r => r.Item.Mentions),
        Context,
    ]);
}
