using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Recognizers;

/// <summary>
/// A press release's contact lines: "Anna Berg, UNICEF Geneva", "Anna Berg, WFP/Maputo, Mob. +258 ...". A line that opens with a
/// name of two or three tokens, a comma and a known organisation, and holds nothing after it but places, numbers and addresses,
/// names a person who works for that organisation (the contact blocks of UN, Red Cross and government releases).
/// </summary>
internal static class ContactLines
{
    /// <summary>A contact line is short: a name, an office, a telephone number, an address.</summary>
    private const int LongestLine = 120;

    /// <param name="sorted">The known names, sorted by start.</param>
    public static IEnumerable<(Span Name, string Organisation)> Find(string text, IEnumerable<EntityMention> sorted)
    {
        foreach (var organisation in sorted)
        {
            if (organisation.Type != MentionType.Organization) continue;
            var comma = organisation.Span.Start - 2;
            if (comma < 3 || text[comma] != ',' || text[comma + 1] != ' ') continue;
            var lineStart = text.LastIndexOf('\n', comma - 1) + 1;
            var lineEnd = text.IndexOf('\n', organisation.Span.End);
            if (lineEnd < 0) lineEnd = text.Length;
            if (lineEnd - lineStart > LongestLine || comma - lineStart > 60) continue;
            if (NameBeforeEnd.NameTokens(text, lineStart, comma, minTokens: 2, maxTokens: 3) != lineStart) continue;
            if (!OnlyOfficeDetails(text.AsSpan(organisation.Span.End, lineEnd - organisation.Span.End))) continue;
            yield return (new Span(lineStart, comma), organisation.Canonical);
        }
    }

    /// <summary>What may follow the organisation on a contact line: places ("Geneva", "/Maputo"), telephone numbers
    /// ("Mob. +258 ..."), e-mail addresses; no lower-case word, which would make it a sentence.</summary>
    private static bool OnlyOfficeDetails(ReadOnlySpan<char> rest)
    {
        foreach (var range in rest.SplitAny(" \t/,;:()"))
        {
            var word = rest[range];
            if (word.Length > 0 && char.IsLower(word[0]) && !word.Contains('@')) return false;
        }
        return true;
    }
}
