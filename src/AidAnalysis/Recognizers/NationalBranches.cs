using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers.Organizations;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers;

/// <summary>
/// "Kenya Red Cross", "the Nepali Congress": a country or demonym right before a known body's short name, where that
/// body belongs to another state or to none, names the country's own body (a national society, a national legislature
/// or party), not the international or foreign one the short name stands for alone.
/// </summary>
internal static class NationalBranches
{
    /// <param name="byEnd">The <paramref name="gazetteer"/> mentions by end, as the organisation recognizer reads them too.</param>
    public static IEnumerable<EntityMention> Find(TokenLayer tokens, Lexicon lexicon, IReadOnlyList<EntityMention> gazetteer, MentionsByEnd byEnd)
    {
        var text = tokens.Text;
        foreach (var body in gazetteer)
        {
            if (body.Type != MentionType.Organization) continue;
            // The state's last word, one space before the body's first.
            var before = tokens.TokenRightBefore(body.Span.Start, 0, WordSpacing.OneWhitespace);
            if (before < 0 || !tokens.SpaceAt(tokens[before].End)) continue;
            if (!IsSharedShortName(text.AsSpan(body.Span.Start, body.Span.Length), lexicon.OrganizationByName.GetValueOrDefault(body.Canonical))) continue;
            var gap = tokens[before].End;
            var state = byEnd.Last(gap, gap, k => k.Span.End == gap && k.Type is MentionType.Country or MentionType.Demonym);
            if (state is null || state.Canonical == body.Affiliation) continue;
            var end = body.Span.End;
            // "Kenya Red Cross Society": an organisation noun right after still belongs to the name.
            var next = tokens.TokenRightAfter(end, text.Length, WordSpacing.OneWhitespace);
            if (next >= 0 && tokens.SpaceAt(end) && tokens.NameWordEnd(next) is var wordEnd and > 0
                && lexicon.OrganizationHeads.Contains(text[tokens[next].Start..tokens[wordEnd - 1].End]))
                end = tokens[wordEnd - 1].End;
            var span = new Span(state.Span.Start, end);
            yield return new EntityMention(span, MentionType.Organization, text[span.Start..span.End], Affiliation: state.Canonical);
        }
    }

    /// <summary>A short alias of an international body ("Red Cross" for the ICRC) or a legislature's common name ("Congress"):
    /// the words other countries' bodies are named with too. Full names ("European Union") and acronyms are not.</summary>
    private static bool IsSharedShortName(ReadOnlySpan<char> matched, OrganizationEntry? entry) =>
        entry is not null && HasLower(matched)
        && (entry.Type == "parliament" || (entry.Type == "international" && !matched.SequenceEqual(entry.Name) && matched.Contains(' ')));

    private static bool HasLower(ReadOnlySpan<char> matched)
    {
        foreach (var c in matched)
            if (char.IsLower(c)) return true;
        return false;
    }
}
