using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// Components the text names as such: "$240 million ..., including $90 million", "This includes $3 billion ..., $2 billion
/// ... and $1 billion" (the amount of the sentence before), "of which €14 billion", "Of the $8 million, $6 million ...",
/// "The remaining $2 million", "The package consists of shells worth $X and $Y for drones", "The funds will be split, with $X
/// going to A and $Y to B" (the amount of the sentence before, when larger), "Of the new funding, $300,000 ... and $2 million", "Of the total, $25 million ..." (the news figure), "$4 billion every
/// year ..., for a total of $20 billion", "The money comprises a €9 million loan and ...". "It also includes $X" and a sentence
/// opening "Another $X" or "A further $X" name a sibling of the sentence before's amount.
/// Read on the words right before each amount and at the sentence's start (relation-words.tsv).
/// </summary>
internal sealed class ExplicitComponents(RelationVocabulary words) : IRelationRule
{
    /// <summary>A real sentence lists a handful of amounts; a "sentence" of thousands is generated or hostile text.</summary>
    private const int MaxAmountsPerSentence = 40;

    public void Apply(RelationDraft draft)
    {
        var doc = draft.Document;
        var tokens = doc.Tokens;
        var lastParent = -1;
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s].Span;
            if (!draft.HasAmounts(s)) continue;
            var amounts = draft.AmountsInSentence(s);
            if (amounts.Count is 0 or > MaxAmountsPerSentence) continue;
            var parent = -1;
            var from = 0;
            var ofTheNews = false;
            if (OfTheAmount(tokens, sentence.Start, amounts[0].Mention.Start))
            {
                parent = amounts[0].Row;
                from = 1;
            }
            else if (OfTheNews(tokens, sentence))
            {
                var currency = draft.Figures[amounts[0].Row].Currency;
                parent = draft.NewsBefore(sentence.Start, currency: currency) is var same and >= 0 ? draft.FirstTelling(same) : draft.NewsBefore(sentence.Start);
                ofTheNews = OfTheNewMoney(tokens, sentence);
            }
            for (var k = from; k < amounts.Count; k++)
            {
                var (mention, row) = amounts[k];
                var floor = k > 0 ? amounts[k - 1].Mention.End : sentence.Start;
                if (parent < 0 && Including(tokens, mention.Start, floor))
                {
                    parent = AlsoIncludes(tokens, floor, mention.Start) ? SiblingParent(draft, s)
                        : k > 0 ? amounts[k - 1].Row
                        : AnaphoricSubject(tokens, sentence) ? LastAmountOf(draft, s - 1) : -1;
                    if (parent < 0) break;
                }
                else if (parent < 0 && k == 0 && AnaphoricSubject(tokens, sentence) && ComponentVerbBefore(tokens, sentence.Start, mention.Start)
                    && LastAmountOf(draft, s - 1) is var whole and >= 0 && draft.Smaller(row, whole) && draft.SameDonorOrUnknown(row, whole))
                {
                    // The whole is the sentence before's, not one this list names, so a later "remaining" is not read against it.
                    // Another giver's money in the sentence ("work with Japan, which gave $20 million") is no component.
                    draft.TryLink(row, whole);
                    for (var rest = k + 1; rest < amounts.Count; rest++)
                        if (draft.Smaller(amounts[rest].Row, whole) && draft.SameDonorOrUnknown(amounts[rest].Row, whole)) draft.TryLink(amounts[rest].Row, whole);
                    break;
                }
                else if (parent < 0 && k == 0 && OpensWithAdditive(tokens, sentence, mention.Start)
                    && SiblingParent(draft, s) is var sibling and >= 0 && draft.Smaller(row, sibling) && draft.SameDonorOrUnknown(row, sibling)
                    && AlikeLine(draft.Figures[row], draft.Figures[sibling]))
                {
                    parent = sibling;
                }
                else if (parent < 0 && Remaining(tokens, mention.Start, floor) && lastParent >= 0)
                {
                    parent = lastParent;
                }
                else if (ForATotalOf(tokens, mention.Start, floor))
                {
                    for (var j = 0; j < k; j++) draft.TryLink(amounts[j].Row, row);
                    continue;
                }
                if (parent >= 0 && parent != row && draft.TryLink(row, parent) && ofTheNews) ShareOfTheNews(draft, row, parent);
            }
            if (parent >= 0) lastParent = parent;
        }
    }

    /// <summary>One more line of the same package is as new as it and of a compatible type: "Another $X was pledged on
    /// Monday" after last year's package, or budget support after a military package, is money of its own.</summary>
    private static bool AlikeLine(FundingFigure line, FundingFigure whole) =>
        (line.Status == FundingStatus.Previous) == (whole.Status == FundingStatus.Previous)
        && (line.AidType == whole.AidType || line.AidType == AidType.Unspecified || whole.AidType == AidType.Unspecified);

    /// <summary>"Of the new funding, $X will go to A": a share of the new money is news, so a running total or earlier round
    /// told before it ("bringing its total to $Y") does not make it earlier money; it takes the news's status.</summary>
    private static void ShareOfTheNews(RelationDraft draft, int row, int news)
    {
        if (draft.Figures[row].Status == FundingStatus.Previous
            && draft.Figures[news].Status is FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered)
            draft.SetStatusWithConversions(row, draft.Figures[news].Status);
    }

    /// <summary>The word before the qualifiers ("an additional", "more than") written right before <paramref name="amount"/>.</summary>
    private int BeforeQualifiers(TokenLayer tokens, int amount, int floor)
    {
        var j = tokens.WordEndingRightBefore(amount, floor);
        while (words.ComponentQualifiers.StartEndingAt(tokens, j, floor) is var start and >= 0) j = tokens.WordRightBeforeToken(start, floor);
        return j;
    }

    /// <summary>"including $X", "of which some $X", "made up of a $X": a component cue right before the amount.</summary>
    private bool Including(TokenLayer tokens, int amount, int floor) =>
        words.Including.StartEndingAt(tokens, BeforeQualifiers(tokens, amount, floor), floor) >= 0;

    /// <summary>"also includes" in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private bool AlsoIncludes(TokenLayer tokens, int from, int to)
    {
        for (var j = tokens.FirstStartingFrom(from); j < tokens.Count && tokens[j].End <= to; j++)
            if (tokens.Is(j, "also") && words.AlsoIncluding.Contains(tokens, tokens.WordRightAfterToken(j, to))) return true;
        return false;
    }

    /// <summary>"The package consists of shells worth $X", "The funds will be split, with $X going to ...": a component verb
    /// between the sentence's start and its first amount, wherever the parts' nouns put that amount.</summary>
    private bool ComponentVerbBefore(TokenLayer tokens, int from, int amount)
    {
        for (var j = tokens.FirstStartingFrom(from); j < tokens.Count && tokens[j].End <= amount; j++)
            if (words.ComponentVerbs.StartEndingAt(tokens, j, from) >= 0) return true;
        return false;
    }

    /// <summary>"Another $X", "A further $X" opening the sentence: the additive names one more line of the list the sentence
    /// before began, not new money of its own when that sentence's amount is a line.</summary>
    private bool OpensWithAdditive(TokenLayer tokens, Span sentence, int amount) =>
        words.Additives.StartEndingAt(tokens, tokens.WordEndingRightBefore(amount, sentence.Start), sentence.Start) is var start and >= 0
        && start == tokens.FirstStartingFrom(sentence.Start);

    /// <summary>"the remaining $X", "the rest of the $X" right before the amount.</summary>
    private bool Remaining(TokenLayer tokens, int amount, int floor) =>
        words.Remainders.StartEndingAt(tokens, tokens.WordEndingRightBefore(amount, floor), floor) >= 0;

    /// <summary>"for a total of $X", "to the total sum of about $X" right before the amount.</summary>
    private bool ForATotalOf(TokenLayer tokens, int amount, int floor)
    {
        var of = BeforeQualifiers(tokens, amount, floor);
        if (!tokens.Is(of, "of")) return false;
        var total = tokens.WordRightBeforeToken(of, floor);
        if (!tokens.Is(total, "total"))
        {
            if (!tokens.IsLetters(total)) return false;
            total = tokens.WordRightBeforeToken(total, floor);
            if (!tokens.Is(total, "total")) return false;
        }
        var article = tokens.WordRightBeforeToken(total, floor);
        return (tokens.Is(article, "a") || tokens.Is(article, "the"))
            && words.TotalPrepositions.Contains(tokens, tokens.WordRightBeforeToken(article, floor));
    }

    /// <summary>The sentence opens "Of the|this|these|its|that [word]" right before its first amount: "Of the $8 million, ...".</summary>
    private bool OfTheAmount(TokenLayer tokens, int sentenceStart, int amount)
    {
        var j = tokens.WordEndingRightBefore(amount, sentenceStart);
        if (!words.OfDeterminers.Contains(tokens, j) || !IsOf(tokens, tokens.WordRightBeforeToken(j, sentenceStart), sentenceStart))
        {
            if (!tokens.IsLetters(j)) return false;
            j = tokens.WordRightBeforeToken(j, sentenceStart);
            return words.OfDeterminers.Contains(tokens, j) && IsOf(tokens, tokens.WordRightBeforeToken(j, sentenceStart), sentenceStart);
        }
        return true;
    }

    /// <summary>The sentence opens "Of the [new|latest|...] funding|money|aid|...": "Of the new funding, $X ...".</summary>
    private bool OfTheNews(TokenLayer tokens, Span sentence)
    {
        var of = tokens.FirstStartingFrom(sentence.Start);
        if (!IsOf(tokens, of, sentence.Start)) return false;
        var determiner = tokens.WordRightAfterToken(of, sentence.End);
        if (!words.OfDeterminers.Contains(tokens, determiner)) return false;
        var noun = tokens.WordRightAfterToken(determiner, sentence.End);
        return words.WholeNouns.Contains(tokens, noun)
            || words.WholeAdjectives.Contains(tokens, noun) && words.WholeNouns.Contains(tokens, tokens.WordRightAfterToken(noun, sentence.End));
    }

    /// <summary>"Of the new funding", "Of the additional money": the opening names the whole with an adjective of the news (a
    /// whole-adjective that is no whole-noun itself, so not "Of the total"), not only points back to it ("Of this amount").</summary>
    private bool OfTheNewMoney(TokenLayer tokens, Span sentence)
    {
        var determiner = tokens.WordRightAfterToken(tokens.FirstStartingFrom(sentence.Start), sentence.End);
        var adjective = tokens.WordRightAfterToken(determiner, sentence.End);
        return words.WholeAdjectives.Contains(tokens, adjective) && !words.WholeNouns.Contains(tokens, adjective);
    }

    /// <summary>The sentence's subject points back to an amount: "This", "It", "The aid package", "The total".</summary>
    private bool AnaphoricSubject(TokenLayer tokens, Span sentence)
    {
        var first = tokens.FirstStartingFrom(sentence.Start);
        if (first >= tokens.Count || tokens[first].End > sentence.End) return false;
        if (words.SubjectPronouns.Contains(tokens, first)) return true;
        if (!tokens.Is(first, "the")) return false;
        var noun = tokens.WordRightAfterToken(first, sentence.End);
        return words.SubjectNouns.Contains(tokens, noun)
            || tokens.IsLetters(noun) && words.SubjectNouns.Contains(tokens, tokens.WordRightAfterToken(noun, sentence.End));
    }

    /// <summary>Token <paramref name="i"/> is "Of" opening the sentence.</summary>
    private static bool IsOf(TokenLayer tokens, int i, int sentenceStart) =>
        tokens.Is(i, "of") && (i == 0 || tokens[i - 1].End <= sentenceStart);


    /// <summary>The last amount of a sentence, when that sentence is the one just before.</summary>
    private static int LastAmountOf(RelationDraft draft, int sentenceIndex) =>
        sentenceIndex < 0 || draft.AmountsInSentence(sentenceIndex) is not { Count: > 0 } amounts ? -1 : amounts[^1].Row;

    private static int SiblingParent(RelationDraft draft, int sentenceIndex) =>
        LastAmountOf(draft, sentenceIndex - 1) is var sibling and >= 0 && draft.Parent(sibling) is { } p ? p : -1;
}
