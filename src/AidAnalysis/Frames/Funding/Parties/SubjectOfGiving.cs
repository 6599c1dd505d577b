using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// The agent of a verb of giving: the last party before it that is not an object, owner or place. "with the EU contributing":
/// a party right before the verb (through auxiliaries and an adverb) is its subject whatever precedes it, unless "in" locates
/// it ("Xian businesses in Y gave").
/// </summary>
internal sealed partial class SubjectOfGiving(PartyWords words)
{
    private const int MarkerWidth = 30, InWidth = 4;

    /// <summary>What may stand between a subject and its verb: "X will", "X has also", "(the decision by) X to imminently release".</summary>
    [GeneratedRegex(@"^\s*(?:,\s(?:which|that|who)\s)?(?:(?:to|will|would|has|have|had|is|are|was|were|also|has also|said it would|is set to|plans to)\s+)?(?:[a-z]+ly\s+)?$", TextPatterns.WindowOptions)]
    private static partial Regex DirectSubjectGap { get; }


    public Actor? Find(PartyScene scene, Span verb)
    {
        var text = scene.Text;
        var before = scene.Mentions.Where(m => m.Span.End <= verb.Start).ToList();
        if (before.Count == 0) return null;
        var last = before[^1];
        if (DirectSubjectGap.IsMatch(text.AsSpan()[last.Span.End..verb.Start])
            && !words.In.EndRightBefore(scene.Tokens, last.Span.Start, scene.Reach(last.Span.Start, InWidth)))
            return StateOrBody.Of(text, before, before.Count - 1);
        var subject = before.FindLastIndex(m => !IsRecipientOrModifier(scene, m.Span));
        return subject < 0 ? null : StateOrBody.Of(text, before, subject);
    }

    /// <summary>A party after a recipient or channel marker or a preposition that makes no agent, or a possessive owner.</summary>
    private bool IsRecipientOrModifier(PartyScene scene, Span mention)
    {
        var (text, tokens) = (scene.Text, scene.Tokens);
        var from = scene.Reach(mention.Start, MarkerWidth);
        var marker = tokens.RightBefore(mention.Start, from);
        if (words.RecipientMarkers.EndsAt(tokens, marker, from) || words.ChannelMarkers.EndsAt(tokens, marker, from)) return true;
        var position = mention.Start;
        var word = StateSalience.PreviousWord(text, ref position);
        if (word is "the") word = StateSalience.PreviousWord(text, ref position);
        if (word is not null && words.NonAgentPrepositions.Contains(word)) return true;
        // "X’s invasion": a possessive names an owner, not the giver, unless it owns the money ("X’s $3 billion")
        // or the owned noun is the state's own government ("X’s central government").
        // "X’s national government has released": a state's own government acts as the state; "the bank’s board approved":
        // so does a lender's board, which decides for it.
        return Possessive.Follows(text, mention) && scene.Amount.Start - mention.End > 4
            && !words.StateOwnBody.StartRightAfter(tokens, mention.End + 2, Math.Min(text.Length, mention.End + 40));
    }
}
