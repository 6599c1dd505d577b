using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text;

namespace AidAnalysis.Recognizers.Organizations;

/// <summary>"Humanitarian Aid Relief Trust (HART)": an unknown capitalised name right before an acronym made of its
/// initials is an organisation (people and places are not given acronyms in running text).</summary>
internal static class NamesBeforeTheirInitials
{
    public static List<EntityMention> Find(string text, MentionsByEnd byEnd, IReadOnlyList<string> connectors)
    {
        var found = new List<EntityMention>();
        foreach (var open in DefinedAcronyms.Definitions(text))
        {
            var nameEnd = open - 1;
            if (nameEnd < 1 || text[nameEnd] != ' ' || byEnd.First(nameEnd - 1, nameEnd, k => true) is not null) continue;
            var acronym = text.AsSpan(open + 1, text.IndexOf(')', open) - open - 1);
            if (NameWithInitials(text, nameEnd, acronym, connectors) is not { } start) continue;
            var span = new Span(start, nameEnd);
            if (byEnd.First(span.Start, span.End, k => k.Span.Overlaps(span)) is not null) continue;
            found.Add(new EntityMention(span, MentionType.Organization, text[start..nameEnd], Affiliation: OrganisationOwner.Of(span, byEnd)));
        }
        return found;
    }

    /// <summary>Where the name ending at <paramref name="end"/> starts whose capitalised words' initials spell <paramref name="acronym"/>
    /// (connectors such as "of" and "and" may stand between them); null if none.</summary>
    private static int? NameWithInitials(string text, int end, ReadOnlySpan<char> acronym, IReadOnlyList<string> connectors)
    {
        var letter = acronym.Length - 1;
        var at = end;
        while (letter >= 0 && at > 0)
        {
            var wordStart = at;
            while (wordStart > 0 && text[wordStart - 1] != ' ' && text[wordStart - 1] != '\n') wordStart--;
            if (wordStart == at) return null;
            var first = text[wordStart];
            if (char.IsUpper(first))
            {
                if (first != acronym[letter]) return null;
                if (letter-- == 0) return acronym.Length >= 2 ? wordStart : null;
            }
            else if (!connectors.Contains(text[wordStart..at])) return null;
            if (wordStart < 2 || text[wordStart - 1] != ' ') return null;
            at = wordStart - 1;
        }
        return null;
    }
}
