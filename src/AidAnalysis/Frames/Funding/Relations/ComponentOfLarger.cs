using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// "The new grant is part of a C$300 million ... promised in March", "This marks the last tranche of the $28 million",
/// "this forms part of the 15-million-franc fund", "The delivery is the second tranche from the £250 million": the news figure is a
/// component of the larger amount. When the sentence's subject points back to the news ("This", "The package"), the larger
/// amount is the earlier commitment the news comes under, which SCHEMA.md calls `previous`. Read on the words right before the
/// larger amount (relation-words.tsv): the cue, "of" (or "from" after a tranche), then a determiner, a word and an
/// approximation, each or none.
/// </summary>
internal sealed class ComponentOfLarger(RelationVocabulary words) : IRelationRule
{
    private const int MaxMentionsRead = 20;

    public void Apply(RelationDraft draft)
    {
        var tokens = draft.Document.Tokens;
        foreach (var parent in draft.Primary.ToList())
        {
            // The first mentions carry the relation; a row repeated thousands of times is generated or hostile text.
            foreach (var mention in draft.Figures[parent].Mentions.Take(MaxMentionsRead))
            {
                var sentence = draft.SentenceOf(mention);
                if (!PartOf(tokens, mention.Start, sentence.Start)) continue;
                var own = draft.AmountsIn(new Span(sentence.Start, mention.Start)).Select(a => a.Row).Where(r => r != parent).ToList();
                var child = own.Count > 0 ? own[^1] : draft.NewsBefore(sentence.Start, excluding: parent);
                if (child < 0 || !draft.TryLink(child, parent)) continue;
                if (own.Count == 0 && draft.Figures[parent].Status != FundingStatus.Requested) draft.SetStatus(parent, FundingStatus.Previous);
                break;
            }
        }
    }

    /// <summary>Whether a part-of cue stands right before <paramref name="amount"/>, past a determiner, a word and an approximation
    /// (each optional, in that order).</summary>
    private bool PartOf(TokenLayer tokens, int amount, int floor)
    {
        var last = tokens.WordEndingRightBefore(amount, floor);
        for (var skip = 0; skip < 8; skip++)
        {
            var j = last;
            if ((skip & 1) != 0) j = words.WholeApproximations.StartEndingAt(tokens, j, floor) is var a and >= 0 ? tokens.WordRightBeforeToken(a, floor) : -1;
            if ((skip & 2) != 0) j = tokens.IsLetters(j) ? tokens.WordRightBeforeToken(j, floor) : -1;
            if ((skip & 4) != 0) j = words.WholeDeterminers.Contains(tokens, j) ? tokens.WordRightBeforeToken(j, floor) : -1;
            if (j >= 0 && Cue(tokens, j, floor)) return true;
        }
        return false;
    }

    /// <summary>Whether a cue ends with token <paramref name="of"/>: "is (also) (a) part|portion|share of", "represents (the) (word)
    /// tranche|part of", "is the|a (one or two words) tranche of|from".</summary>
    private bool Cue(TokenLayer tokens, int of, int floor)
    {
        var noun = tokens.WordRightBeforeToken(of, floor);
        if (tokens.Is(of, "of"))
        {
            if (words.PartNouns.Contains(tokens, noun))
            {
                var k = tokens.WordRightBeforeToken(noun, floor);
                if (tokens.Is(k, "a")) k = tokens.WordRightBeforeToken(k, floor);
                if (tokens.Is(k, "also")) k = tokens.WordRightBeforeToken(k, floor);
                if (words.PartVerbs.Contains(tokens, k)) return true;
            }
            if (words.RepresentedNouns.Contains(tokens, noun) && Represents(tokens, tokens.WordRightBeforeToken(noun, floor), floor)) return true;
        }
        if (!tokens.Is(of, "of") && !tokens.Is(of, "from") || !words.TrancheNouns.Contains(tokens, noun)) return false;
        var article = tokens.WordRightBeforeToken(noun, floor);
        for (var between = 0; between <= 2 && tokens.IsLetters(article); between++)
        {
            if ((tokens.Is(article, "the") || tokens.Is(article, "a")) && words.TrancheVerbs.Contains(tokens, tokens.WordRightBeforeToken(article, floor)))
                return true;
            article = tokens.WordRightBeforeToken(article, floor);
        }
        return false;
    }

    /// <summary>"represents", "represents the", "represents final", "represents the final" ending with token <paramref name="k"/>.</summary>
    private bool Represents(TokenLayer tokens, int k, int floor)
    {
        if (words.RepresentVerbs.Contains(tokens, k)) return true;
        var before = tokens.WordRightBeforeToken(k, floor);
        if (tokens.Is(k, "the") && words.RepresentVerbs.Contains(tokens, before)) return true;
        if (!tokens.IsLetters(k)) return false;
        return words.RepresentVerbs.Contains(tokens, before)
            || tokens.Is(before, "the") && words.RepresentVerbs.Contains(tokens, tokens.WordRightBeforeToken(before, floor));
    }
}
