using System.Text.RegularExpressions;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// Components the text names as such: "$159 million ..., including $107 million", "This includes $5 billion ..., $6 billion
/// ... and $4 billion" (the amount of the sentence before), "of which €28 billion", "Of the $10 million, $7.5 million ...",
/// "The remaining $2.5 million", "Of the new funding, $500,000 ... and $1 million", "Of the total, $40 million ..." (the news figure), "$15 billion every
/// year ..., for a total of $75 billion", "The money comprises a €12 million loan and ...". "It also includes $X" names a sibling of the sentence before's amount.
/// </summary>
internal sealed partial class ExplicitComponents : IRelationRule
{
    private const RegexOptions Window = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
    private const string Qualifiers = @"(?:(?:nearly|almost|about|around|roughly|some|over|more than|up to|approximately|an?|the|another|additional|an additional)\s)*";

    [GeneratedRegex(@"\b(?:including|includes?|included|of which|among them|comprising|comprises?|comprised|consisting of|consists? of|made up of)\s" + Qualifiers + "$", Window)]
    private static partial Regex IncludingCue();
    [GeneratedRegex(@"\balso\s(?:includes?|included|including)\b", Window)]
    private static partial Regex AlsoIncludes();
    [GeneratedRegex(@"^\s*(?:this|these|it|that|the\s(?:\p{L}+\s)?(?:package|assistance|funding|aid|sum|amount|total|contribution|money|funds))\b", Window)]
    private static partial Regex AnaphoricSubject();
    [GeneratedRegex(@"^\s*Of\s(?:the|this|these|its|that)\s(?:\p{L}+\s)?$", Window)]
    private static partial Regex OfTheAmount();
    [GeneratedRegex(@"^\s*Of\s(?:the|this|these|its|that)\s(?:(?:new|latest|additional|announced|total)\s)?(?:funding|money|aid|assistance|package|contribution|amount|sum|support|funds|total)\b", Window)]
    private static partial Regex OfTheNews();
    [GeneratedRegex(@"\b(?:remaining|the\srest\sof\sthe|the\sbalance\sof\sthe|the\sother)\s$", Window)]
    private static partial Regex Remaining();
    [GeneratedRegex(@"\b(?:for|with|to)\s(?:a|the)\stotal\s(?:\p{L}+\s)?of\s" + Qualifiers + "$", Window)]
    private static partial Regex ForATotalOf();

    /// <summary>A real sentence lists a handful of amounts; a "sentence" of thousands is generated or hostile text.</summary>
    private const int MaxAmountsPerSentence = 40;

    public void Apply(RelationDraft draft)
    {
        var doc = draft.Document;
        var lastParent = -1;
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s].Span;
            if (!draft.HasAmounts(s)) continue;
            var amounts = draft.AmountsInSentence(s);
            if (amounts.Count is 0 or > MaxAmountsPerSentence) continue;
            var sentenceText = draft.Text.AsSpan(sentence.Start, sentence.Length);
            var parent = -1;
            var from = 0;
            if (OfTheAmount().IsMatch(draft.Text.AsSpan()[sentence.Start..amounts[0].Mention.Start]))
            {
                parent = amounts[0].Row;
                from = 1;
            }
            else if (OfTheNews().IsMatch(sentenceText))
            {
                var currency = draft.Figures[amounts[0].Row].Currency;
                parent = draft.NewsBefore(sentence.Start, currency: currency) is var same and >= 0 ? draft.FirstTelling(same) : draft.NewsBefore(sentence.Start);
            }
            for (var k = from; k < amounts.Count; k++)
            {
                var (mention, row) = amounts[k];
                var floor = k > 0 ? amounts[k - 1].Mention.End : sentence.Start;
                var before = draft.Text.AsSpan()[Math.Max(floor, mention.Start - 120)..mention.Start];
                if (parent < 0 && IncludingCue().IsMatch(before))
                {
                    parent = AlsoIncludes().IsMatch(before) ? SiblingParent(draft, s)
                        : k > 0 ? amounts[k - 1].Row
                        : AnaphoricSubject().IsMatch(sentenceText) ? LastAmountOf(draft, s - 1) : -1;
                    if (parent < 0) break;
                }
                else if (parent < 0 && Remaining().IsMatch(before) && lastParent >= 0)
                {
                    parent = lastParent;
                }
                else if (ForATotalOf().IsMatch(before))
                {
                    for (var j = 0; j < k; j++) draft.TryLink(amounts[j].Row, row);
                    continue;
                }
                if (parent >= 0 && parent != row) draft.TryLink(row, parent);
            }
            if (parent >= 0) lastParent = parent;
        }
    }

    /// <summary>The last amount of a sentence, when that sentence is the one just before.</summary>
    private static int LastAmountOf(RelationDraft draft, int sentenceIndex) =>
        sentenceIndex < 0 || draft.AmountsInSentence(sentenceIndex) is not { Count: > 0 } amounts ? -1 : amounts[^1].Row;

    private static int SiblingParent(RelationDraft draft, int sentenceIndex) =>
        LastAmountOf(draft, sentenceIndex - 1) is var sibling and >= 0 && draft.Parent(sibling) is { } p ? p : -1;
}
