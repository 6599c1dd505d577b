using AidAnalysis.Pipeline;

namespace AidAnalysis.Recognizers.Money;

/// <summary>The stage that finds where the amount patterns match (<see cref="Layer.AmountMatches"/>), from the text alone.</summary>
internal sealed class AmountScan(CurrencyAmounts currency, VagueAmounts vague, BareScaleAmounts bare) : IPipelineStage
{
    public AnalysisDocument Run(AnalysisDocument document) => document with { AmountMatches = Scan(document.Text) };

    /// <summary>Where each amount pattern matches; each scans the text on its own, so a long text's scans run side by side.</summary>
    public AmountMatches Scan(string text)
    {
        List<(int Index, int Length)> prefixed = [], suffixed = [], adjective = [], vagueBounds = [], bareScale = [];
        SideBySide.Run(text.Length,
            () => prefixed = currency.PrefixedBounds(text),
            () => suffixed = currency.SuffixedBounds(text),
            () => adjective = currency.AdjectiveBounds(text),
            () => vagueBounds = vague.Bounds(text),
            () => bareScale = bare.Bounds(text));
        return new AmountMatches(prefixed, suffixed, adjective, vagueBounds, bareScale);
    }
}
