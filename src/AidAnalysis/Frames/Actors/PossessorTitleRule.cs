using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Actors;

/// <summary>"UNICEF’s representative in Norland, Anna Berg", "Anna Berg, UNICEF’s representative": a person named next to a
/// title owned by a body or state works for that owner; the place a title serves ("for Norland") is where, not whom. The title holds a role noun
/// (person-roles.txt), so "Norland’s war has left Anna Berg" owns no title.</summary>
internal sealed class PossessorTitleRule(Lexicon lexicon)
{
    /// <summary>How many words a title between the owner's "’s" and the name may have ("humanitarian coordinator for the
    /// Norland crisis").</summary>
    private const int MaxTitleWords = 8;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _roles = TextPatterns.SpanLookup(lexicon.PersonRoles);

    public void Apply(AnalysisDocument document, List<ActorDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            if (draft.Kind != ActorKind.Person) continue;
            foreach (var mention in draft.Mentions)
            {
                if ((OwnerBefore(document, mention) ?? OwnerAfter(document, mention)
                    ?? (draft.Affiliation is null ? EmployerAfter(document, mention) : null)) is not { } owner) continue;
                draft.Affiliation = owner;
                draft.AffiliationGuessed = false;
                break;
            }
        }
    }

    /// <summary>The body or state that owns the title right before <paramref name="mention"/>, with or without a comma between.</summary>
    private string? OwnerBefore(AnalysisDocument document, Span mention)
    {
        var tokens = document.Tokens;
        var i = tokens.LastEndingBy(mention.Start);
        if (tokens.IsMark(i, ',')) i--;
        var role = false;
        for (var words = 0; i > 1 && words < MaxTitleWords; i--, words++)
        {
            if (tokens[i].Kind != TokenKind.Word) return null;
            role |= _roles.Contains(tokens.TextOf(i));
            if (tokens[i - 1].Kind == TokenKind.Clitic && Possessive.Ends(tokens.TextOf(i - 1)))
                return role && tokens.IsLetters(i, lowerOnly: true) && tokens[i - 2].End == tokens[i - 1].Start ? OwnerEndingAt(document, tokens[i - 2].End) : null;
        }
        return null;
    }

    /// <summary>The body or state that owns the title in the apposition right after <paramref name="mention"/>: a comma, the
    /// owner and its "’s", then a title of lower-case words up to the next mark that holds a role noun.</summary>
    private string? OwnerAfter(AnalysisDocument document, Span mention)
    {
        var tokens = document.Tokens;
        var comma = tokens.FirstStartingFrom(mention.End);
        if (!tokens.IsMark(comma, ',') || comma + 1 >= tokens.Count) return null;
        var ownerStart = tokens[comma + 1].Start;
        for (var i = comma + 2; i < tokens.Count && i <= comma + 1 + MaxTitleWords; i++)
        {
            if (tokens[i].Kind == TokenKind.Clitic && Possessive.Ends(tokens.TextOf(i)))
                return tokens.IsLetters(i + 1, lowerOnly: true) && TitleHoldsRole(tokens, i + 1)
                    ? OwnerSpanning(document, ownerStart, tokens[i].Start) : null;
            if (tokens[i].Kind != TokenKind.Word) return null;
        }
        return null;
    }

    /// <summary>"Anna Berg, a senior fellow at the Kestrel Institute": the organisation after a role noun and "at" or "with" in
    /// the apposition right after <paramref name="mention"/>.</summary>
    private string? EmployerAfter(AnalysisDocument document, Span mention)
    {
        var tokens = document.Tokens;
        var i = tokens.FirstStartingFrom(mention.End);
        if (!tokens.IsMark(i, ',') || !(tokens.IsExactly(i + 1, "a") || tokens.IsExactly(i + 1, "an") || tokens.IsExactly(i + 1, "the"))) return null;
        var role = false;
        for (i += 2; i < tokens.Count && tokens.IsLetters(i, lowerOnly: true); i++)
        {
            if (role && (tokens.IsExactly(i, "at") || tokens.IsExactly(i, "with")))
            {
                var start = tokens.IsExactly(i + 1, "the") ? i + 2 : i + 1;
                return start < tokens.Count ? OrganisationStartingAt(document, tokens[start].Start) : null;
            }
            role |= _roles.Contains(tokens.TextOf(i));
        }
        return null;
    }

    private static string? OrganisationStartingAt(AnalysisDocument document, int start)
    {
        foreach (var entity in document.EntitiesIn(new Span(start, document.Text.Length)))
            return entity.Span.Start == start && entity.Type == MentionType.Organization ? entity.Canonical : null;
        return null;
    }

    /// <summary>Whether the words from token <paramref name="first"/> to the next mark hold a role noun.</summary>
    private bool TitleHoldsRole(TokenLayer tokens, int first)
    {
        for (var i = first; i < tokens.Count && i < first + MaxTitleWords && tokens[i].Kind == TokenKind.Word; i++)
            if (_roles.Contains(tokens.TextOf(i))) return true;
        return false;
    }

    private static string? OwnerSpanning(AnalysisDocument document, int start, int end)
    {
        foreach (var entity in document.EntitiesEndingIn(end, end))
            if (entity.Span.Start == start && entity.Type is MentionType.Organization or MentionType.Country) return entity.Canonical;
        return null;
    }

    private static string? OwnerEndingAt(AnalysisDocument document, int ownerEnd)
    {
        foreach (var entity in document.EntitiesEndingIn(ownerEnd, ownerEnd))
            if (entity.Type is MentionType.Organization or MentionType.Country) return entity.Canonical;
        return null;
    }
}
