using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// "Most of the money for this package will be drawn from the health budget, which must supply some $310 million": an amount in
/// a sentence that speaks of "this package" (plan, programme, fund: "for|of|from|in|under this|that|the new NOUN",
/// relation-words.tsv) before it is a component of the package the story announced, the nearest earlier news figure, when
/// that one is larger.
/// </summary>
internal sealed class PackageAnaphora(RelationVocabulary words) : IRelationRule
{
    public void Apply(RelationDraft draft)
    {
        var sentences = draft.Document.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            if (!draft.HasAmounts(s)) continue;
            var amounts = draft.AmountsInSentence(s);
            if (amounts.Count == 0) continue;
            var first = amounts[0];
            if (!SpeaksOfThisPackage(draft.Document.Tokens, sentences[s].Span.Start, first.Mention.Start)) continue;
            var package = draft.NewsBefore(sentences[s].Span.Start, excluding: first.Row);
            if (package < 0) continue;
            foreach (var (_, row) in amounts)
                if (draft.Smaller(row, package)) draft.TryLink(row, package);
        }
    }

    /// <summary>Whether "for this package", "under the new plan" stands in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private bool SpeaksOfThisPackage(TokenLayer tokens, int from, int to)
    {
        for (var j = tokens.FirstStartingFrom(from); j < tokens.Count && tokens[j].End <= to; j++)
        {
            if (!words.PackagePrepositions.Contains(tokens, j) || tokens.WordRightAfterToken(j, to) is not (>= 0 and var k)) continue;
            if (tokens.Is(k, "the") && tokens.WordRightAfterToken(k, to) is var n and >= 0 && tokens.Is(n, "new")) k = n;
            else if (!tokens.Is(k, "this") && !tokens.Is(k, "that")) continue;
            if (words.PackageNouns.Contains(tokens, tokens.WordRightAfterToken(k, to))) return true;
        }
        return false;
    }
}
