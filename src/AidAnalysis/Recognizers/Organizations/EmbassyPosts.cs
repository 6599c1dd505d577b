using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.Organizations;

/// <summary>"the French Embassy in Lisbon": a mission's name runs on to the seat of government it is posted to.</summary>
internal static class EmbassyPosts
{
    /// <param name="last">The organisation's last token.</param>
    public static EntityMention WithPost(TokenLayer tokens, EntityMention organization, int last, MentionsByEnd known)
    {
        var end = organization.Span.End;
        // " in ": a space on either side of the preposition.
        var inWord = last + 1;
        if (!organization.Canonical.EndsWith(" Embassy", StringComparison.Ordinal) || !tokens.IsExactly(inWord, "in") || tokens[inWord].Start != end + 1
            || !tokens.SpaceAt(end) || !tokens.SpaceAt(tokens[inWord].End)) return organization;
        var seat = known.First(end + 4, Math.Min(tokens.Text.Length, end + 40), k => k.Span.Start == end + 4 && k.Type is MentionType.Seat);
        if (seat is null) return organization;
        var span = new Span(organization.Span.Start, seat.Span.End);
        return organization with { Span = span, Canonical = tokens.Text[span.Start..span.End] };
    }
}
