using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Recognizers.People;
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

    /// <summary>The prepositions that open a title's complement ("director for Norland", "head of programmes";
    /// title-name-words.tsv).</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _complementOpeners = TextPatterns.SpanLookup(lexicon.TitleNameWords["owned-title-complement"]);

    /// <summary>Determiners and bounding words (noun-phrase-words.tsv) that no title holds before its head.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _bounds = TextPatterns.SpanLookup(lexicon.NounPhraseBounds.Keys);

    /// <summary>Auxiliary verbs (phrase-words.tsv): a title holds no verb.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _auxiliaries =
        TextPatterns.SpanLookup(lexicon.PhraseWords.Where(w => w.Kind == "auxiliary").Select(w => w.Word));

    public void Apply(AnalysisDocument document, List<ActorDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            if (draft.Kind != ActorKind.Person) continue;
            foreach (var mention in draft.Mentions)
            {
                if ((OwnerBefore(document, mention) ?? OwnerAfter(document, mention) ?? BodyBefore(document, mention)
                    ?? EmployerFor(draft, document, mention)) is not { } owner) continue;
                draft.Affiliation = owner;
                draft.AffiliationGuessed = false;
                break;
            }
        }
    }

    /// <summary>The body or state that owns the title right before <paramref name="mention"/>, with or without a comma between:
    /// the title runs from the owner's "’s" to the name, headed by a role noun.</summary>
    private string? OwnerBefore(AnalysisDocument document, Span mention)
    {
        var tokens = document.Tokens;
        var last = tokens.LastEndingBy(mention.Start);
        if (tokens.IsMark(last, ',')) last--;
        for (var (i, words) = (last, 0); i > 1 && words < MaxTitleWords; i--, words++)
        {
            if (tokens[i].Kind != TokenKind.Word) return null;
            if (tokens[i - 1].Kind == TokenKind.Clitic && Possessive.Ends(tokens.TextOf(i - 1)))
            {
                // "UNICEF’s Norland representative": a state's name may open a body's title, as the place the post serves.
                var servedPlace = EntityStartingAt(document, tokens[i].Start) is { Type: MentionType.Country };
                return (tokens.IsLetters(i, lowerOnly: true) || servedPlace) && tokens[i - 2].End == tokens[i - 1].Start && TitleHead(tokens, i, last + 1) is (true, true)
                    ? OwnerEndingAt(document, tokens[i - 2].End, bodyOnly: servedPlace) : null;
            }
        }
        return null;
    }

    /// <summary>"Kestrel Aid country director Anna Berg": an organisation named right before a title that runs to the name, on
    /// the same line, employs its holder. A government body is left to the state it serves (<see cref="AffiliationRule"/>), and a
    /// state before a title is read by the people stage.</summary>
    private string? BodyBefore(AnalysisDocument document, Span mention)
    {
        var tokens = document.Tokens;
        var last = tokens.LastEndingBy(mention.Start);
        for (var (i, words) = (last, 0); i > 0 && words < MaxTitleWords; i--, words++)
        {
            if (tokens[i].Kind != TokenKind.Word) return null;
            if (BodyEndingAt(document, tokens[i - 1].End) is not { } body) continue;
            var sameLine = document.Text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).IndexOf('\n') < 0;
            return sameLine && !GovernmentBody.Matches(body) && TitleHead(tokens, i, last + 1) is (true, true) ? body : null;
        }
        return null;
    }

    private static string? BodyEndingAt(AnalysisDocument document, int end)
    {
        foreach (var entity in document.EntitiesEndingIn(end, end))
            if (entity.Type == MentionType.Organization) return entity.Canonical;
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
                return tokens.IsLetters(i + 1, lowerOnly: true) && TitleHead(tokens, i + 1, Math.Min(tokens.Count, i + 1 + MaxTitleWords)) is { Role: true }
                    ? OwnerSpanning(document, ownerStart, tokens[i].Start) : null;
            if (tokens[i].Kind != TokenKind.Word) return null;
        }
        return null;
    }

    /// <summary>The employer the apposition after <paramref name="mention"/> names, where it may stand: the person has no
    /// affiliation yet, or only a state (a nationality, "a Norlandic researcher at the Kestrel Institute", or the home state
    /// guessed for a title) that a named employer outside government outranks.</summary>
    private string? EmployerFor(ActorDraft draft, AnalysisDocument document, Span mention)
    {
        if (draft.Affiliation is { } held && !draft.AffiliationGuessed && !lexicon.CountryByForm.ContainsKey(held)) return null;
        return EmployerAfter(document, mention) is { } employer && (draft.Affiliation is null || !GovernmentBody.Matches(employer)) ? employer : null;
    }

    /// <summary>"Anna Berg, a senior fellow at the Kestrel Institute": the organisation that opens the complement after "at" or
    /// "with" of the apposition right after <paramref name="mention"/>, as the people stage reads it (<see cref="AppositionTails"/>),
    /// its role opened by an article and headed by a role noun.</summary>
    private string? EmployerAfter(AnalysisDocument document, Span mention)
    {
        var tokens = document.Tokens;
        var comma = tokens.FirstStartingFrom(mention.End);
        if (!tokens.IsMark(comma, ',') || !(tokens.IsExactly(comma + 1, "a") || tokens.IsExactly(comma + 1, "an") || tokens.IsExactly(comma + 1, "the"))
            || AppositionTails.WithComplement(tokens, comma) is not { Preposition: "at" or "with", Org: { } org } tail
            || comma + 2 >= tokens.Count || tail.Role.Start != tokens[comma + 2].Start || !_roles.Contains(document.Text.AsSpan(tail.Head.Start, tail.Head.Length)))
            return null;
        var start = tokens.FirstStartingFrom(org.Start);
        if (tokens.IsExactly(start, "the")) start++;
        return start < tokens.Count && EntityStartingAt(document, tokens[start].Start) is { Type: MentionType.Organization } body ? body.Canonical : null;
    }

    /// <summary>The entity mention that starts at <paramref name="start"/>, whatever its length ("South Sudan").</summary>
    private static EntityMention? EntityStartingAt(AnalysisDocument document, int start)
    {
        foreach (var entity in document.EntitiesIn(new Span(start, document.Text.Length)))
            return entity.Span.Start == start ? entity : null;
        return null;
    }

    /// <summary>Whether the title of words from token <paramref name="first"/> (before <paramref name="end"/>) is headed by a role
    /// noun, and whether it runs to <paramref name="end"/>. The head is the word before the first "for", "in", "of" or "at" (its
    /// complement may hold determiners: "coordinator for the Norland crisis"), else the last word; a determiner, auxiliary,
    /// conjunction or other bounding word before the head ends the title, so "Kenya’s drought has left aid workers" is headed by
    /// "drought".</summary>
    private (bool Role, bool Reaches) TitleHead(TokenLayer tokens, int first, int end)
    {
        var i = first;
        for (; i < end && tokens[i].Kind == TokenKind.Word; i++)
        {
            var word = tokens.TextOf(i);
            if (_complementOpeners.Contains(word))
            {
                // A complement: the title runs on to the mark or the name, determiners and all, but no verb.
                var head = i - 1;
                for (i++; i < end && tokens[i].Kind == TokenKind.Word && !_auxiliaries.Contains(tokens.TextOf(i)); i++) { }
                return (head >= first && _roles.Contains(tokens.TextOf(head)), i == end);
            }
            if (_bounds.Contains(word) || _auxiliaries.Contains(word)) break;
        }
        return (i > first && _roles.Contains(tokens.TextOf(i - 1)), i == end);
    }

    private static string? OwnerSpanning(AnalysisDocument document, int start, int end)
    {
        foreach (var entity in document.EntitiesEndingIn(end, end))
            if (entity.Span.Start == start && entity.Type is MentionType.Organization or MentionType.Country) return entity.Canonical;
        return null;
    }

    private static string? OwnerEndingAt(AnalysisDocument document, int ownerEnd, bool bodyOnly)
    {
        foreach (var entity in document.EntitiesEndingIn(ownerEnd, ownerEnd))
            if (entity.Type == MentionType.Organization || (entity.Type == MentionType.Country && !bodyOnly)) return entity.Canonical;
        return null;
    }
}
