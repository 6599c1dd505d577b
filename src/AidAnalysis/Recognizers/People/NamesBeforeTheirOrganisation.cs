using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.People;

/// <summary>"X Y of the Red Crescent said", "according to X Y of UNICEF": a speaker named with the organisation after them.</summary>
internal static class NamesBeforeTheirOrganisation
{
    /// <summary>Names right before "of (the) ORGANISATION" that speak ("X Y of the Red Crescent said") or are cited ("according to
    /// X Y of UNICEF", "said X Y of Oxfam"), with that organisation; <paramref name="sorted"/> holds the known names by start.</summary>
    public static IEnumerable<(Span Name, string Organisation)> BeforeTheirOrganisation(TokenLayer tokens, EntityMention[] sorted,
        IReadOnlyDictionary<string, bool> reportingVerbs)
    {
        var text = tokens.Text;
        foreach (var organisation in sorted)
        {
            if (organisation.Type != MentionType.Organization) continue;
            var of = organisation.Span.Start - 4;
            if (of >= 4 && text.AsSpan(of - 4, 8).SequenceEqual(" of the ")) of -= 4;
            else if (of < 1 || !text.AsSpan(of, 4).SequenceEqual(" of ")) continue;
            var start = NameBeforeEnd.NameTokens(text, Math.Max(0, of - 60), of, minTokens: 2, maxTokens: 3);
            if (start < 0) continue;
            var name = new Span(start, of);
            if (tokens.IsCitedAt(start, reportingVerbs) || SpeaksNext(text, organisation.Span.End, reportingVerbs))
                yield return (name, organisation.Canonical);
        }
    }

    /// <summary>A reporting verb follows <paramref name="end"/>, after an optional comma ("..., said").</summary>
    private static bool SpeaksNext(string text, int end, IReadOnlyDictionary<string, bool> reportingVerbs)
    {
        var at = end;
        if (at < text.Length && text[at] == ',') at++;
        if (at >= text.Length || text[at] != ' ') return false;
        var wordEnd = ++at;
        while (wordEnd < text.Length && char.IsAsciiLetterLower(text[wordEnd])) wordEnd++;
        return wordEnd > at && reportingVerbs.ContainsKey(text[at..wordEnd]);
    }
}
