using System.Text.RegularExpressions;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// "The aid package is part of a C$500 million ... pledged in July", "This represents the final tranche of the $45 million",
/// "this forms part of the 40-million-franc fund", "The shipment is the third tranche from the £700 million": the news figure is a
/// component of the larger amount. When the sentence's subject points back to the news ("This", "The package"), the larger
/// amount is the earlier commitment the news comes under, which SCHEMA.md calls `previous`.
/// </summary>
internal sealed partial class ComponentOfLarger : IRelationRule
{
    private const RegexOptions Window = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    [GeneratedRegex(@"\b(?:(?:is|are|was|were|forms?|comes?|being)\s(?:also\s)?(?:a\s)?(?:part|portion|share)\sof|represents?\s(?:the\s)?(?:\p{L}+\s)?(?:tranche|instalment|installment|part|portion)\sof|(?:is|are|was)\s(?:the\s|a\s)(?:\p{L}+\s){0,2}(?:tranche|instalment|installment)\s(?:of|from))\s(?:the\s|a\s|an\s|its\s|their\s)?(?:\p{L}+\s)?(?:(?:nearly|almost|about|around|some|over|more than)\s)?$", Window)]
    private static partial Regex PartOf();

    private const int MaxMentionsRead = 20;

    public void Apply(RelationDraft draft)
    {
        foreach (var parent in draft.Primary.ToList())
        {
            // The first mentions carry the relation; a row repeated thousands of times is generated or hostile text.
            foreach (var mention in draft.Figures[parent].Mentions.Take(MaxMentionsRead))
            {
                var sentence = draft.SentenceOf(mention);
                var before = draft.Text.AsSpan()[Math.Max(sentence.Start, mention.Start - 150)..mention.Start];
                if (!PartOf().IsMatch(before)) continue;
                var own = draft.AmountsIn(new Span(sentence.Start, mention.Start)).Select(a => a.Row).Where(r => r != parent).ToList();
                var child = own.Count > 0 ? own[^1] : draft.NewsBefore(sentence.Start, excluding: parent);
                if (child < 0 || !draft.TryLink(child, parent)) continue;
                if (own.Count == 0 && draft.Figures[parent].Status != FundingStatus.Requested) draft.SetStatus(parent, FundingStatus.Previous);
                break;
            }
        }
    }
}
