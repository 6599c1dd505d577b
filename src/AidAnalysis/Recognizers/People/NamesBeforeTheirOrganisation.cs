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
            var of = OfBefore(tokens, organisation.Span.Start);
            if (of < 0) continue;
            var start = NameBeforeEnd.NameTokens(tokens, of, minTokens: 2, maxTokens: 3);
            if (start < 0) continue;
            var name = new Span(start, of);
            if (tokens.IsCitedAt(start, reportingVerbs) || SpeaksNext(tokens, organisation.Span.End, reportingVerbs))
                yield return (name, organisation.Canonical);
        }
    }

    /// <summary>Where the space before "of" or "of the" right before <paramref name="start"/> stands, one space before and after each
    /// word; -1 if none.</summary>
    private static int OfBefore(TokenLayer tokens, int start)
    {
        if (!tokens.FollowsOneSpace(start)) return -1;
        var of = tokens.LastEndingBy(start);
        if (tokens.IsExactly(of, "the") && tokens.FollowsOneSpace(tokens[of].Start) && tokens.IsExactly(of - 1, "of")) of--;
        else if (!tokens.IsExactly(of, "of")) return -1;
        return tokens.FollowsOneSpace(tokens[of].Start) ? tokens[of].Start - 1 : -1;
    }

    /// <summary>A reporting verb follows <paramref name="end"/>, after an optional comma ("..., said"): the lower-case letters that
    /// open the word after one space.</summary>
    private static bool SpeaksNext(TokenLayer tokens, int end, IReadOnlyDictionary<string, bool> reportingVerbs)
    {
        var next = tokens.FirstStartingFrom(end);
        if (next < tokens.Count && tokens[next].Start == end && tokens.IsMark(next, ',')) next++;
        if (next >= tokens.Count || !tokens.FollowsOneSpace(tokens[next].Start)) return false;
        var word = tokens.TextOf(next);
        var letters = word.IndexOfAnyExceptInRange('a', 'z');
        if (letters < 0) letters = word.Length;
        return letters > 0 && reportingVerbs.ContainsKey(word[..letters].ToString());
    }
}
