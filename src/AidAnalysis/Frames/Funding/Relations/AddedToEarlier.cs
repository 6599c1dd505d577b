using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// "The new grant comes on top of around €190 million provided since 2023", "This is in addition to the $6 million announced
/// last week", "Today's announcement adds to the $20 million": the amount the news is added to is earlier money told as
/// background (SCHEMA.md `previous`), whatever the verb of its own relative clause ("ministers have promised"), so it is no
/// new money. Read on the words right before the amount: an added-to cue (relation-words.tsv), then a determiner and
/// approximations, each optional.
/// </summary>
internal sealed class AddedToEarlier(RelationVocabulary words) : IRelationRule
{
    public void Apply(RelationDraft draft)
    {
        var tokens = draft.Document.Tokens;
        foreach (var i in draft.Primary)
        {
            if (draft.Figures[i].Status is not (FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered)) continue;
            var floor = draft.SentenceOf(draft.BodySpan(i)).Start;
            // "In addition to $5 million for food, Brevia will give ...": a cue opening the sentence adds a line to the news.
            if (AddedTo(tokens, draft.BodySpan(i).Start, floor) is var cue and >= 0 && tokens.FirstStartingFrom(floor) != cue)
                draft.SetStatusWithConversions(i, FundingStatus.Previous);
        }
    }

    /// <summary>The first token of an added-to cue ending right before <paramref name="amount"/>, past an approximation, a
    /// determiner and an approximation (each optional: "on top of the roughly €9 billion"); -1 if none.</summary>
    private int AddedTo(TokenLayer tokens, int amount, int floor)
    {
        var j = tokens.SkipApproximationBack(tokens.WordEndingRightBefore(amount, floor), floor, words);
        if (words.WholeDeterminers.Contains(tokens, j)) j = tokens.SkipApproximationBack(tokens.WordRightBeforeToken(j, floor), floor, words);
        return words.AddedTo.StartEndingAt(tokens, j, floor);
    }
}
