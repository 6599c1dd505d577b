using AidAnalysis.Model;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// The agent of a verb of giving: the last party before it that is not an object, owner or place. "with the EU contributing":
/// a party right before the verb (through auxiliaries and an adverb) is its subject whatever precedes it, unless "in" locates
/// it ("Xian businesses in Y gave").
/// </summary>
internal sealed class SubjectOfGiving(PartyWords words)
{
    private const int MarkerWidth = 30, InWidth = 4;


    public Actor? Find(PartyScene scene, Span verb)
    {
        var (before, count) = MentionsBefore(scene.Mentions, verb.Start);
        if (count == 0) return null;
        var last = before[count - 1];
        if (IsDirectGap(scene.Tokens, last.Span.End, verb.Start)
            && !words.In.EndRightBefore(scene.Tokens, last.Span.Start, scene.Reach(last.Span.Start, InWidth)))
            return StateOrBody.Of(scene.Tokens, before, count - 1);
        var subject = count - 1;
        while (subject >= 0 && IsRecipientOrModifier(scene, before[subject].Span)) subject--;
        return subject < 0 ? null : StateOrBody.Of(scene.Tokens, before, subject);
    }

    /// <summary>The mentions that end by <paramref name="verbStart"/>, in text order, as a list read up to the count. This
    /// runs once per amount, so when they are the leading run of <paramref name="mentions"/> (the usual case) the list is
    /// <paramref name="mentions"/> itself (<see cref="StateOrBody.Of"/> reads no further than the subject); a copy is made
    /// only when a mention that ends later stands among them.</summary>
    private static (List<(Actor Actor, Span Span)> List, int Count) MentionsBefore(List<(Actor Actor, Span Span)> mentions, int verbStart)
    {
        var lead = 0;
        while (lead < mentions.Count && mentions[lead].Span.End <= verbStart) lead++;
        for (var i = lead; i < mentions.Count; i++)
            if (mentions[i].Span.End <= verbStart)
            {
                var found = mentions.FindAll(m => m.Span.End <= verbStart);
                return (found, found.Count);
            }
        return (mentions, lead);
    }

    /// <summary>What may stand between a subject and its verb: "X will", "X has also", "X, which will", "(the decision by) X to
    /// imminently release": a relative after a comma, an auxiliary and an adverb in -ly, each optional, in that order.</summary>
    internal bool IsDirectGap(TokenLayer tokens, int from, int to)
    {
        var (i, end) = tokens.Within(new Span(from, to));
        while (i < end && tokens[i].Start < from) i++;
        if (i < end && tokens.IsMark(i, ','))
        {
            // ", which " then the rest, one whitespace character either side of the relative.
            if (i + 1 >= end || !tokens.SpacedFromPrevious(i + 1, WordSpacing.OneWhitespace) || !tokens.IsExactlyAny(i + 1, words.SubjectGapRelatives)
                || (i + 2 < end ? tokens[i + 2].Start : to) != tokens[i + 1].End + 1)
                return false;
            i += 2;
        }
        if (AdverbOrNothing(tokens, i, end, to)) return true;
        foreach (var auxiliary in words.SubjectGapAuxiliaries)
        {
            var last = i;
            for (var w = 0; last >= 0 && w < auxiliary.Length; w++)
                last = last < end && tokens.IsExactly(last, auxiliary[w]) && (w == 0 || tokens.SpacedFromPrevious(last, WordSpacing.OneWhitespace)) ? (w < auxiliary.Length - 1 ? last + 1 : last) : -1;
            if (last >= 0 && (last + 1 < end ? tokens[last + 1].Start : to) > tokens[last].End && AdverbOrNothing(tokens, last + 1, end, to)) return true;
        }
        return false;
    }

    /// <summary>Whether the tokens from <paramref name="i"/> are none, or one adverb in -ly written in lower case with
    /// whitespace after it.</summary>
    private static bool AdverbOrNothing(TokenLayer tokens, int i, int end, int to)
    {
        if (i == end) return true;
        if (i != end - 1 || tokens[i].Kind != TokenKind.Word || tokens[i].End >= to) return false;
        var word = tokens.TextOf(i);
        if (word.Length < 3 || !word.EndsWith("ly")) return false;
        foreach (var c in word)
            if (!char.IsAsciiLetterLower(c)) return false;
        return true;
    }

    /// <summary>A party after a recipient or channel marker or a preposition that makes no agent, or a possessive owner.</summary>
    private bool IsRecipientOrModifier(PartyScene scene, Span mention)
    {
        var (text, tokens) = (scene.Text, scene.Tokens);
        var from = scene.Reach(mention.Start, MarkerWidth);
        var marker = tokens.RightBefore(mention.Start, from);
        if (words.RecipientMarkers.EndsAt(tokens, marker, from) || words.ChannelMarkers.EndsAt(tokens, marker, from)) return true;
        var position = mention.Start;
        var word = tokens.WordBeforeAcrossCommas(ref position);
        if (word.SequenceEqual("the")) word = tokens.WordBeforeAcrossCommas(ref position);
        if (!word.IsEmpty && (words.NonAgentPrepositions.Contains(word.ToString()) || words.ComparisonPrepositions.Contains(word))) return true;
        // "X’s invasion": a possessive names an owner, not the giver, unless it owns the money ("X’s $3 billion")
        // or the owned noun is the state's own government ("X’s central government").
        // "X’s national government has released": a state's own government acts as the state; "the bank’s board approved":
        // so does a lender's board, which decides for it; "X’s humanitarian office has allocated": a body that gives out of
        // what its owner holds gives for that owner.
        return Possessive.Follows(tokens, mention) && scene.Amount.Start - mention.End > 4
            && !words.StateOwnBody.StartRightAfter(tokens, mention.End + 2, Math.Min(text.Length, mention.End + 40))
            && !GivingBodyOwner.Owns(tokens, mention, words.GivingBodyNouns);
    }
}
