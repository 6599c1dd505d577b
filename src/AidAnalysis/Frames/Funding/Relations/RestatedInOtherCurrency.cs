using System.Text.RegularExpressions;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// "The package, worth roughly 9 billion yen, ...", "The aid, equivalent to about €5 million, ...", "Together, the loans amount
/// to about ₹600 crore": a sentence whose subject points back to a figure and values it in another currency restates that
/// figure, which SCHEMA.md calls a conversion (never counted). The figure restated is the nearest earlier one in another
/// currency whose US-dollar value is within <see cref="Margin"/> of it (rates differ between sources and dates).
/// </summary>
internal sealed partial class RestatedInOtherCurrency : IRelationRule
{
    private const RegexOptions Window = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
    public const double Margin = 0.15;

    [GeneratedRegex(@"^\s*(?:together,\s*)?(?:the|this|these|that|it)\b[^,.;:]{0,40}?,?\s(?:(?:is|are|was|were)\s)?(?:worth|equivalent\sto|valued\sat|amounts?\sto|amounting\sto|totall?ing)\s(?:(?:about|around|roughly|approximately|approx\.|some|nearly|almost|over|more\sthan)\s)?$", Window)]
    private static partial Regex ValuedAs();

    public void Apply(RelationDraft draft)
    {
        foreach (var i in draft.Primary.ToList())
        {
            var mention = draft.BodySpan(i);
            var sentence = draft.SentenceOf(mention);
            if (mention.Start - sentence.Start > 80 || !ValuedAs().IsMatch(draft.Text.AsSpan()[sentence.Start..mention.Start])) continue;
            if (Restated(draft, i, mention.Start) is var source and >= 0) draft.MarkConversion(i, draft.Figures[source].Id);
        }
    }

    private static int Restated(RelationDraft draft, int i, int before)
    {
        if (draft.Usd(i) is not { } usd || usd <= 0) return -1;
        var nearest = -1;
        foreach (var j in draft.Primary)
        {
            if (j == i || draft.BodySpan(j).Start >= before || draft.Figures[j].Currency == draft.Figures[i].Currency) continue;
            if (draft.Usd(j) is not { } other || Math.Abs(other - usd) > Margin * other) continue;
            if (nearest < 0 || draft.BodySpan(j).Start > draft.BodySpan(nearest).Start) nearest = j;
        }
        return nearest;
    }
}
