using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// "The new grant is part of a C$300 million ... promised in March", "This marks the last tranche of the $28 million",
/// "this forms part of the 15-million-franc fund", "The delivery is the second tranche from the £250 million": the news figure is a
/// component of the larger amount. When the sentence's subject points back to the news ("This", "The package"), the larger
/// amount is the earlier commitment the news comes under, which SCHEMA.md calls `previous`; so it is when an apposition after the
/// news amount names the larger one ("$1.1 billion for A, the final tranche of a $3 billion loan agreed last year"). Read on the words right before the
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
                var appositive = false;
                if (!PartOf(tokens, mention.Start, sentence.Start, Cue))
                {
                    if (!PartOf(tokens, mention.Start, sentence.Start, AppositiveCue)) continue;
                    appositive = true;
                }
                var own = draft.AmountsIn(new Span(sentence.Start, mention.Start)).Select(a => a.Row).Where(r => r != parent).ToList();
                if (appositive && own.Count == 0) continue;
                var child = own.Count > 0 ? own[^1] : draft.NewsBefore(sentence.Start, excluding: parent);
                if (child < 0 || appositive && !draft.Smaller(child, parent) || !draft.TryLink(child, parent)) continue;
                if ((own.Count == 0 || appositive) && draft.Figures[parent].Status != FundingStatus.Requested) draft.SetStatus(parent, FundingStatus.Previous);
                break;
            }
        }
    }

    /// <summary>Whether a part-of cue stands right before <paramref name="amount"/>, past a determiner, a word and an approximation
    /// (each optional, in that order).</summary>
    private bool PartOf(TokenLayer tokens, int amount, int floor, Func<TokenLayer, int, int, bool> cue)
    {
        var last = tokens.WordEndingRightBefore(amount, floor);
        for (var skip = 0; skip < 8; skip++)
        {
            var j = last;
            if ((skip & 1) != 0) j = words.WholeApproximations.StartEndingAt(tokens, j, floor) is var a and >= 0 ? tokens.WordRightBeforeToken(a, floor) : -1;
            if ((skip & 2) != 0) j = tokens.IsLetters(j) ? tokens.WordRightBeforeToken(j, floor) : -1;
            if ((skip & 4) != 0) j = words.WholeDeterminers.Contains(tokens, j) ? tokens.WordRightBeforeToken(j, floor) : -1;
            if (j >= 0 && cue(tokens, j, floor)) return true;
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

    /// <summary>Whether an appositive cue ends with token <paramref name="of"/>: ", the final tranche of", ", a second instalment of",
    /// ", part of": a noun phrase set off by a comma after the news amount, naming it as a piece of the larger one.</summary>
    private bool AppositiveCue(TokenLayer tokens, int of, int floor)
    {
        var noun = tokens.WordRightBeforeToken(of, floor);
        if (!tokens.Is(of, "of") || !words.TrancheNouns.Contains(tokens, noun) && !words.PartNouns.Contains(tokens, noun)) return false;
        if (CommaRightBefore(tokens, noun, floor)) return words.PartNouns.Contains(tokens, noun);
        var k = tokens.WordRightBeforeToken(noun, floor);
        for (var between = 0; between < 2 && tokens.IsLetters(k); between++)
        {
            if ((tokens.Is(k, "the") || tokens.Is(k, "a")) && CommaRightBefore(tokens, k, floor)) return true;
            k = tokens.WordRightBeforeToken(k, floor);
        }
        return false;
    }

    private static bool CommaRightBefore(TokenLayer tokens, int i, int floor) =>
        i > 0 && tokens.IsMark(i - 1, ',') && tokens[i - 1].Start >= floor;

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
