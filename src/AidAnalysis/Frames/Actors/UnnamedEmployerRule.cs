using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Actors;

/// <summary>"Anna Berg, the Norland director of an international aid group": an apposition whose role belongs to a body it
/// leaves unnamed ("of a", "for an") says whom the person works for, and it is no state; a state read from the role's place
/// or guessed from the article's home state is dropped.</summary>
internal sealed class UnnamedEmployerRule(Lexicon lexicon)
{
    /// <summary>The prepositions that open a title's complement ("director for", "head of"; title-name-words.tsv).</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _complementOpeners = TextPatterns.SpanLookup(lexicon.TitleNameWords["owned-title-complement"]);

    /// <summary>How many words of the apposition are read for the unnamed employer.</summary>
    private const int MaxWords = 8;

    public void Apply(TokenLayer tokens, List<ActorDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            if (draft.Kind != ActorKind.Person || draft.Affiliation is not { } held) continue;
            if (!draft.AffiliationGuessed && !lexicon.CountryByForm.ContainsKey(held)) continue;
            if (!draft.Mentions.Any(m => NamesUnnamedEmployer(tokens, m))) continue;
            draft.Affiliation = null;
            draft.AffiliationGuessed = false;
        }
    }

    /// <summary>Role nouns (person-roles.txt), which may open an apposition without an article ("Anna Berg, chairman of a ...").</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _roles = TextPatterns.SpanLookup(lexicon.PersonRoles);

    /// <summary>Whether the apposition right after <paramref name="mention"/>, opened by an article or a role noun (so a verb
    /// phrase after a comma, "Anna Berg, speaking at a rally", is none), ties its role to a body by an indefinite article.</summary>
    private bool NamesUnnamedEmployer(TokenLayer tokens, Span mention)
    {
        var comma = tokens.FirstStartingFrom(mention.End);
        if (!tokens.IsMark(comma, ',') || comma + 1 >= tokens.Count) return false;
        var opener = tokens.TextOf(comma + 1);
        if (!(opener is "a" or "an" or "the" || _roles.Contains(opener))) return false;
        for (var i = comma + 1; i + 1 < tokens.Count && i <= comma + MaxWords && tokens[i].Kind == TokenKind.Word; i++)
            if (_complementOpeners.Contains(tokens.TextOf(i)) && (tokens.IsExactly(i + 1, "a") || tokens.IsExactly(i + 1, "an"))) return true;
        return false;
    }
}
