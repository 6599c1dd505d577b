using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>"The Xland Food Fund said ... The UN agency said it needs $5 million": an international body's name before a noun
/// of its member bodies ("the UN agency") describes the member of that body named last before it, which is the party
/// (SCHEMA.md: the organisation the money is transferred to), not the whole body. With no member named within reach, or a name right
/// after the noun ("the UN agency UNICEF", which names the member itself), the mention stays the body.</summary>
internal sealed class MemberAgencyAnaphor(Lexicon lexicon, PartyWords words)
{
    /// <summary>How far back, in characters, the member may be named: about a paragraph.</summary>
    private const int Reach = 600;

    /// <summary>The party a mention stands for; null for a body's name before a plural member noun ("through three UN
    /// agencies"), which names some of its members, not the body, as the party.</summary>
    public (Actor Actor, Span Span)? Resolve(TokenLayer tokens, ActorMentionIndex index, (Actor Actor, Span Span) mention)
    {
        var (body, span) = mention;
        if (body.Kind != ActorKind.Organization) return mention;
        var next = tokens.FirstStartingFrom(span.End);
        if (!tokens.SpacedFromPrevious(next, WordSpacing.OneWhitespace)) return mention;
        if (tokens.IsAny(next, words.MemberGroupNouns)) return null;
        if (!tokens.IsAny(next, words.MemberNouns)) return mention;
        // "the UN agency UNICEF": the member is named right here, in apposition, and is no anaphor of one named before.
        if (NameFollows(tokens, next + 1)) return mention;
        foreach (var (earlier, earlierSpan) in index.EndingBy(span.Start))
        {
            if (earlierSpan.End < span.Start - Reach) break;
            if (lexicon.OrganizationByName.TryGetValue(earlier.Name, out var entry) && entry.Affiliation == body.Name) return (earlier, span);
        }
        return mention;
    }

    private static bool NameFollows(TokenLayer tokens, int i) =>
        i < tokens.Count && tokens[i].Kind == TokenKind.Word && tokens.SpacedFromPrevious(i, WordSpacing.OneWhitespace)
        && char.IsUpper(tokens.Text[tokens[i].Start]);
}
