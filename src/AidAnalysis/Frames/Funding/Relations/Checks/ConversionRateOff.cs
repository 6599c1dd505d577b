using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations.Checks;

/// <summary>A converted pair ("€4 billion ($4.35 billion)") whose implied rate is more than 10% off the yearly average rate
/// of the bundled FX table for the figure's year (else the publication year). Pairs in a currency the table lacks are skipped.</summary>
internal sealed class ConversionRateOff(ExchangeRates rates) : IFundingCheck
{
    public const double Tolerance = 0.10;

    public IEnumerable<(CheckKind, string, IReadOnlyList<int>, double?)> Find(RelationDraft draft)
    {
        for (var c = 0; c < draft.Figures.Length; c++)
        {
            var conversion = draft.Figures[c];
            var from = draft.IndexOf(conversion.ConvertedFromId);
            if (from < 0 || draft.OnlyInHeadline(c) && !draft.OnlyInHeadline(from)) continue;
            var source = draft.Figures[from];
            if (source.Value is not { } a || conversion.Value is not { } b || a <= 0 || b <= 0) continue;
            var year = conversion.Year ?? source.Year ?? draft.Document.Article.Metadata.Published?.Year ?? draft.Document.ReferenceYear;
            if (rates.ToUsd(a, source.Currency, year) is not { } usdA || rates.ToUsd(b, conversion.Currency, year) is not { } usdB) continue;
            var off = usdB.Usd / usdA.Usd - 1;
            if (Math.Abs(off) <= Tolerance) continue;
            yield return (CheckKind.ConversionRateOff,
                $"{source.AmountText} is given as {conversion.AmountText}: {CheckText.Percent(off)} {(off > 0 ? "more" : "less")} than the {usdA.FxYear} average rate gives.",
                [from, c], off);
        }
    }
}
