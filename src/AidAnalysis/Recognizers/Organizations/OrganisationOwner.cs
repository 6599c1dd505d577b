using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text;

namespace AidAnalysis.Recognizers.Organizations;

/// <summary>The state or body an organisation belongs to: a country named inside it or just before it.</summary>
internal static class OrganisationOwner
{
    public static string? Of(Span span, MentionsByEnd known)
    {
        var inside = known.First(span.Start, span.End, k => span.Contains(k.Span) && k.Type is MentionType.Country or MentionType.Demonym or MentionType.Seat);
        if (inside is not null) return inside.Canonical;
        var before = known.Last(span.Start - 5, span.Start, k => k.Span.End <= span.Start && span.Start - k.Span.End <= 5
            && k.Type is MentionType.Country or MentionType.Demonym or MentionType.Organization);
        return before?.Canonical;
    }
}
