using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Actors;

/// <summary>"Anna Berg, the Norland director of an international aid group": an apposition whose role belongs to a body it
/// leaves unnamed ("of a", "for an") says whom the person works for, and it is no state; a state the role itself names (the
/// place it serves, a nationality) or one guessed from the article's home state is dropped. A state given elsewhere, as owner
/// of the name or a title ("Norland’s Anna Berg, the leader of a coalition"), stays.</summary>
internal sealed class UnnamedEmployerRule(Lexicon lexicon)
{
    /// <summary>The prepositions that open a title's complement ("director for", "head of"; title-name-words.tsv).</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _complementOpeners = TextPatterns.SpanLookup(lexicon.TitleNameWords["owned-title-complement"]);

    /// <summary>Nationality words and their states (countries data): "the Norlandic director of an aid group".</summary>
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _demonyms =
        new Dictionary<string, string>(lexicon.CountryByDemonym, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many words of the apposition are read for the unnamed employer.</summary>
    private const int MaxWords = 8;

    public void Apply(AnalysisDocument document, List<ActorDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            if (draft.Kind != ActorKind.Person || draft.Affiliation is not { } held) continue;
            if (!draft.AffiliationGuessed && !lexicon.CountryByForm.ContainsKey(held)) continue;
            if (!draft.Mentions.Any(m => UnnamedEmployerRole(document.Tokens, m) is { } role && (draft.AffiliationGuessed || NamesState(document, role, held))))
                continue;
            draft.Affiliation = null;
            draft.AffiliationGuessed = false;
        }
    }

    /// <summary>Whether the role names <paramref name="state"/>, by its name or a nationality word.</summary>
    private bool NamesState(AnalysisDocument document, Span role, string state)
    {
        if (document.EntitiesIn(role).Any(e => e.Type == MentionType.Country && e.Canonical == state)) return true;
        var tokens = document.Tokens;
        for (var i = tokens.FirstStartingFrom(role.Start); i < tokens.Count && tokens[i].End <= role.End; i++)
            if (_demonyms.TryGetValue(tokens.TextOf(i), out var nation) && nation == state) return true;
        return false;
    }

    /// <summary>Role nouns (person-roles.txt), which may open an apposition without an article ("Anna Berg, chairman of a ...").</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _roles = TextPatterns.SpanLookup(lexicon.PersonRoles);

    /// <summary>The role of the apposition right after <paramref name="mention"/>, up to the preposition that ties it to a body by
    /// an indefinite article, if the apposition is opened by an article or a role noun (so a verb phrase after a comma, "Anna Berg,
    /// speaking at a rally", is none).</summary>
    private Span? UnnamedEmployerRole(TokenLayer tokens, Span mention)
    {
        var comma = tokens.FirstStartingFrom(mention.End);
        if (!tokens.IsMark(comma, ',') || comma + 1 >= tokens.Count) return null;
        var opener = tokens.TextOf(comma + 1);
        if (!(opener is "a" or "an" or "the" || _roles.Contains(opener))) return null;
        for (var i = comma + 1; i + 1 < tokens.Count && i <= comma + MaxWords && tokens[i].Kind == TokenKind.Word; i++)
            if (_complementOpeners.Contains(tokens.TextOf(i)) && (tokens.IsExactly(i + 1, "a") || tokens.IsExactly(i + 1, "an")))
                return new Span(tokens[comma + 1].Start, tokens[i].Start);
        return null;
    }
}
