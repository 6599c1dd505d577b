using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.Organizations;

/// <summary>"Humanitarian Aid Relief Trust (HART)": an unknown capitalised name right before an acronym made of its
/// initials is an organisation (people and places are not given acronyms in running text).</summary>
internal static class NamesBeforeTheirInitials
{
    /// <param name="definitions">The opening brackets of the acronyms defined in the text (<see cref="DefinedAcronyms.Definitions(TokenLayer)"/>).</param>
    public static List<EntityMention> Find(TokenLayer tokens, IReadOnlyList<int> definitions, MentionsByEnd byEnd, IReadOnlyList<string> connectors)
    {
        var found = new List<EntityMention>();
        foreach (var open in definitions)
        {
            // The name ends at the space before the bracket.
            var nameEnd = tokens[open].Start - 1;
            if (open == 0 || !tokens.SpaceAt(nameEnd) || byEnd.First(nameEnd - 1, nameEnd, k => true) is not null) continue;
            if (NameWithInitials(tokens, open - 1, nameEnd, tokens.TextOf(open + 1), connectors) is not { } start) continue;
            var span = new Span(start, nameEnd);
            if (byEnd.First(span.Start, span.End, k => k.Span.Overlaps(span)) is not null) continue;
            found.Add(new EntityMention(span, MentionType.Organization, tokens.Text[start..nameEnd], Affiliation: OrganisationOwner.Of(span, byEnd)));
        }
        return found;
    }

    /// <summary>Where the name ending at <paramref name="end"/> (a space; token <paramref name="last"/> the last before it) starts whose
    /// capitalised words' initials spell <paramref name="acronym"/> (connectors such as "of" and "and" may stand between them); null if
    /// none. The words stand one space apart; a word is the tokens written between spaces and line breaks (another whitespace
    /// character, a tab, joins them).</summary>
    private static int? NameWithInitials(TokenLayer tokens, int last, int end, ReadOnlySpan<char> acronym, IReadOnlyList<string> connectors)
    {
        var letter = acronym.Length - 1;
        for (var (k, at) = (last, end); k >= 0;)
        {
            if (tokens.PartsWords(tokens[k].End, at)) return null;
            var first = k;
            while (first > 0 && !tokens.PartsWords(tokens[first - 1].End, tokens[first].Start)) first--;
            var wordStart = tokens[first].Start;
            // A word opening with another whitespace character is neither capitalised nor a connector.
            if (wordStart > 0 && !tokens.PartsWords(wordStart - 1, wordStart)) return null;
            var initial = tokens.TextOf(first)[0];
            if (char.IsUpper(initial))
            {
                if (initial != acronym[letter]) return null;
                if (letter-- == 0) return acronym.Length >= 2 ? wordStart : null;
            }
            else if (first != k || tokens[k].End != at || !IsConnector(tokens.TextOf(k), connectors)) return null;
            if (first == 0 || !tokens.SpaceAt(wordStart - 1)) return null;
            (k, at) = (first - 1, wordStart - 1);
        }
        return null;
    }

    private static bool IsConnector(ReadOnlySpan<char> word, IReadOnlyList<string> connectors)
    {
        foreach (var connector in connectors)
            if (word.SequenceEqual(connector)) return true;
        return false;
    }
}
