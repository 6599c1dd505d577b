using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.Organizations;

/// <summary>"Baltic Energy Fund (BEF) ... BEF said": an acronym defined in parentheses after a name, and its uses.</summary>
internal static class DefinedAcronyms
{
    /// <summary>The uses of each acronym defined right after one of <paramref name="organisationList"/>; <paramref name="definitions"/>
    /// are the bracket tokens <see cref="Definitions(TokenLayer)"/> gives.</summary>
    public static IEnumerable<EntityMention> Find(WordStarts words, TokenLayer tokens, IReadOnlyList<int> definitions, List<EntityMention> organisationList)
    {
        var organisations = new MentionsByEnd(organisationList);
        var defined = new List<((int Index, string Value) Acronym, EntityMention DefinedBy)>();
        foreach (var bracket in definitions)
        {
            var open = tokens[bracket].Start;
            if (organisations.Last(open - 2, open, k => k.Span.End <= open && open - k.Span.End <= 2) is { } last)
            {
                // "UN Children's Fund (UNICEF)": the whole name defines the acronym, not a shorter body read inside it ("Fund").
                var definedBy = organisations.First(open - 2, open, k => k.Span.End == last.Span.End && k.Span.Start < last.Span.Start) ?? last;
                defined.Add(((tokens[bracket + 1].Start, tokens.TextOf(bracket + 1).ToString()), definedBy));
            }
        }
        return Uses(words, defined);
    }

    /// <summary>The opening bracket of each acronym defined in parentheses ("(USAID)", "(UNHCR)"): a word of letters only, two or
    /// more, a capital first and last (<c>\(\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}\p{Lu}*\)</c>), written against both brackets.</summary>
    public static List<int> Definitions(TokenLayer tokens)
    {
        var found = new List<int>();
        for (var open = 0; open + 2 < tokens.Count; open++)
            if (tokens.IsMark(open, '(') && tokens[open + 1].Start == tokens[open].End && IsAcronym(tokens, open + 1)
                && tokens.IsMark(open + 2, ')') && tokens[open + 2].Start == tokens[open + 1].End)
                found.Add(open);
        return found;
    }

    /// <summary>The acronym's shape, read inside its one token.</summary>
    private static bool IsAcronym(TokenLayer tokens, int index)
    {
        var chars = tokens.TextOf(index);
        if (tokens[index].Kind != TokenKind.Word || chars.Length < 2 || !char.IsUpper(chars[0]) || !char.IsUpper(chars[^1])) return false;
        foreach (var c in chars)
            if (!char.IsUpper(c) && !char.IsLower(c)) return false;
        return true;
    }

    /// <summary>
    /// Each use of a defined acronym, read as the organisation that defined it. A definition stands for
    /// the uses from it on; where an acronym is defined again, a use is decided by its first definition
    /// (which takes the span) and by the latest one before it (the last in list order for lookups of
    /// nearby names), so only those two readings are listed, in the order of their definitions: a
    /// megabyte of repeated definitions costs linear time, not one pass over the text per definition; the uses of
    /// all acronyms are found in one walk over the words.
    /// </summary>
    private static IEnumerable<EntityMention> Uses(WordStarts words, List<((int Index, string Value) Acronym, EntityMention DefinedBy)> definitions)
    {
        var text = words.Text;
        var uses = new WordOccurrences(words, definitions.Select(d => d.Acronym.Value));
        var redefinedAt = new int[definitions.Count];
        var nextDefinition = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var d = definitions.Count - 1; d >= 0; d--)
        {
            var acronym = definitions[d].Acronym;
            redefinedAt[d] = nextDefinition.TryGetValue(acronym.Value, out var next) ? next : text.Length;
            nextDefinition[acronym.Value] = acronym.Index;
        }
        var defined = new HashSet<string>(StringComparer.Ordinal);
        for (var d = 0; d < definitions.Count; d++)
        {
            var (acronym, definedBy) = definitions[d];
            var end = defined.Add(acronym.Value) ? text.Length : redefinedAt[d];
            var positions = uses.Of(acronym.Value);
            for (var i = FirstAtOrAfter(positions, acronym.Index); i < positions.Count && positions[i] < end; i++)
                yield return definedBy with { Span = new Span(positions[i], positions[i] + acronym.Value.Length) };
        }
    }


    private static int FirstAtOrAfter(IReadOnlyList<int> sorted, int position)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
