using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers.Organizations;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers;

/// <summary>"the relief charity HelpNow", "aid group Medair", "the regional bloc IGAD": an unknown capitalised name right after a
/// lower-case organisation noun is that organisation, wherever it recurs.</summary>
internal sealed class NamesAfterOrganisationNouns(Lexicon lexicon)
{
    private const int LongestName = 4;

    private readonly LiteralTrie<string> _nouns = new(lexicon.OrganizationNouns.Select(n => (n, n)), ignoreCase: false);

    public List<EntityMention> Find(TokenLayer tokens, WordStarts words, IReadOnlyList<EntityMention> known)
    {
        var text = tokens.Text;
        // Where the known mentions stand, marked the first time a noun has a name after it (most texts have none).
        CoveredPositions? covered = null;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, noun) in _nouns.Find(words, new Span(0, text.Length)))
            if (NameAfter(tokens, noun.End) is { } name && !(covered ??= Covered(text.Length, known)).AnyIn(name.Start, name.Length))
                names.Add(text[name.Start..name.End]);
        var found = new List<EntityMention>();
        if (names.Count == 0 || covered is null) return found;
        var occurrences = new WordOccurrences(words, names);
        foreach (var name in names)
            foreach (var at in occurrences.Of(name))
                if (!covered.AnyIn(at, name.Length))
                    found.Add(new EntityMention(new Span(at, at + name.Length), MentionType.Organization, name));
        return found;
    }

    private static CoveredPositions Covered(int length, IReadOnlyList<EntityMention> known)
    {
        var covered = new CoveredPositions(length);
        foreach (var k in known) covered.Cover(k.Span.Start, k.Span.Length);
        return covered;
    }

    /// <summary>The capitalised words after the noun ending at <paramref name="end"/>, one space apart, up to a word that names a
    /// person, title, state or date instead, or one that owns what follows ("Medair’s"); null if none.</summary>
    private Span? NameAfter(TokenLayer tokens, int end)
    {
        var text = tokens.Text;
        var next = tokens.SpaceAt(end) ? tokens.TokenRightAfter(end, text.Length, WordSpacing.OneWhitespace) : -1;
        if (next < 0) return null;
        var start = tokens[next].Start;
        var nameEnd = -1;
        for (var words = 0; words < LongestName; words++)
        {
            var wordEnd = tokens.NameWordEnd(next);
            if (wordEnd < 0) break;
            var possessive = Possessive.Ends(tokens.TextOf(wordEnd - 1)) && tokens[wordEnd - 1].Kind == TokenKind.Clitic;
            var last = possessive ? wordEnd - 2 : wordEnd - 1;
            if (IsOtherWord(text[tokens[next].Start..tokens[last].End])) break;
            nameEnd = tokens[last].End;
            if (possessive || text.Length <= nameEnd + 1 || !tokens.SpaceAt(nameEnd)) break;
            next = tokens.TokenRightAfter(nameEnd, text.Length, WordSpacing.OneWhitespace);
            if (next < 0) break;
        }
        return nameEnd > start ? new Span(start, nameEnd) : null;
    }

    private bool IsOtherWord(string token) =>
        lexicon.Titles.Contains(token) || lexicon.GivenNames.Contains(token) || lexicon.ClauseOpeners.Contains(token)
        || lexicon.CountryByForm.ContainsKey(token) || lexicon.CountryByDemonym.ContainsKey(token) || lexicon.OfficeWords.Contains(token)
        || token is "The" or "A" or "An";
}
