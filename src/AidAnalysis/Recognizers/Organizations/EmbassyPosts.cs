using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text;

namespace AidAnalysis.Recognizers.Organizations;

/// <summary>"the French Embassy in Lisbon": a mission's name runs on to the seat of government it is posted to.</summary>
internal static class EmbassyPosts
{
    public static EntityMention WithPost(string text, EntityMention organization, MentionsByEnd known)
    {
        var end = organization.Span.End;
        if (!organization.Canonical.EndsWith(" Embassy", StringComparison.Ordinal) || !text.AsSpan(end).StartsWith(" in ", StringComparison.Ordinal)) return organization;
        var seat = known.First(end + 4, Math.Min(text.Length, end + 40), k => k.Span.Start == end + 4 && k.Type is MentionType.Seat);
        if (seat is null) return organization;
        var span = new Span(organization.Span.Start, seat.Span.End);
        return organization with { Span = span, Canonical = text[span.Start..span.End] };
    }
}
