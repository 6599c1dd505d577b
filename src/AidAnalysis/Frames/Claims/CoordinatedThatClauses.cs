using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Claims;

/// <summary>"X said (that) A, and that B", "told the House that A, that B and that C": that-clauses coordinated under one
/// reporting verb are statements of their own, each the verb's object (Quirk et al. 1985, §13.41 on coordinated subordinate
/// clauses; the repeated "that" marks each as a new complement of the same verb).</summary>
internal sealed class CoordinatedThatClauses(Lexicon lexicon, WordSet finiteAuxiliaries)
{
    /// <summary>The verbs after which "that" is a pronoun subject, as written.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _pronounVerbs =
        TextPatterns.SpanLookup(lexicon.ThatPronounVerbs);

    /// <summary>A statement hung on a plain verb of saying before it (saying-verbs.txt: a verb of belief or hope, "hopes A and
    /// that B", reports one attitude), cut where each coordinated that-clause begins; the statement alone when it joins none.
    /// A joint inside a quotation is the quoted speaker's wording, and stays.</summary>
    public IEnumerable<Attribution> Split(TokenLayer tokens, Attribution draft, Span cue, Func<int, bool> insideQuote)
    {
        var text = tokens.Text;
        var span = draft.Span;
        if (span.Start < cue.End || span.Length == 0 || !lexicon.SayingVerbs.Contains(draft.Cue))
        {
            yield return draft;
            yield break;
        }
        // ", that" alone joins a list only when the first clause was opened by "that" too.
        var openedByThat = text.AsSpan(cue.End, span.Start - cue.End).Contains("that", StringComparison.Ordinal);
        var start = span.Start;
        for (var i = tokens.FirstStartingFrom(span.Start); i < tokens.Count && tokens[i].End <= span.End; i++)
        {
            if (Joint(tokens, i, span) is not var (at, end, listComma)) continue;
            if ((listComma && !openedByThat) || insideQuote(at) || at <= start || !OpensClause(tokens, end, span.End)) continue;
            yield return draft with { Span = new Span(start, at) };
            start = end;
        }
        yield return draft with { Span = new Span(start, span.End) };
    }

    /// <summary>" and that " or a list's ", that " opening at token <paramref name="i"/> inside <paramref name="span"/>, one
    /// whitespace character before "and" (not after a comma) and between and after the words: where the joint starts, where
    /// the clause after it starts, and whether it is a list's comma; null if none. "A, but that B" is left whole, the
    /// concession qualifying the first clause; so is "A, and that B", where the comma sets the second clause off as an
    /// afterthought to the first (splitting it too cost precision on the written sets).</summary>
    private (int At, int End, bool ListComma)? Joint(TokenLayer tokens, int i, Span span)
    {
        var that = i + 1;
        if (!tokens.SpacedFromPrevious(that, WordSpacing.OneWhitespace) || tokens[that].End > span.End || !tokens.IsExactly(that, "that")
            || !tokens.SpaceFollows(that, span) || IsPronounSubject(tokens, that, span)) return null;
        if (tokens.IsMark(i, ',')) return (tokens[i].Start, tokens[that].End + 1, true);
        var space = tokens[i].Start - 1;
        return tokens.IsExactly(i, "and") && space >= span.Start && char.IsWhiteSpace(tokens.CharAt(space)) && (space == span.Start || tokens.CharAt(space - 1) != ',')
            ? (space, tokens[that].End + 1, false) : null;
    }

    /// <summary>"and that is why": a "that" right before one of the verbs of that-pronoun-verbs.txt ("is", "’s") is a pronoun
    /// subject, no joint.</summary>
    private bool IsPronounSubject(TokenLayer tokens, int that, Span span)
    {
        var verb = that + 1;
        if (verb >= tokens.Count || tokens[verb].Start != tokens[that].End + 1) return false;
        var end = tokens[verb].End;
        if ((tokens.IsMark(verb, '\'') || tokens.IsMark(verb, '’')) && verb + 1 < tokens.Count && tokens[verb + 1].Start == end) end = tokens[verb + 1].End;
        else if (!_pronounVerbs.Contains(tokens.TextOf(verb))) return false;
        return _pronounVerbs.Contains(tokens.Text.AsSpan(tokens[verb].Start, end - tokens[verb].Start))
               && (end >= span.End || !WordCharacters.IsWordChar(tokens.Text[end]));
    }

    /// <summary>"that the wells were running dry" opens a clause: a subject, then a finite verb. The pronoun "that" is
    /// followed by a preposition or a participle instead ("that of the farmers", "that shipped by sea"); a subject never opens
    /// with one of the words that break a noun phrase (noun-phrase-words.tsv).</summary>
    private bool OpensClause(TokenLayer tokens, int start, int end)
    {
        var clause = new Span(start, Math.Min(end, start + ClauseReach));
        var first = tokens.FirstStartingFrom(start);
        if (first >= tokens.Count || tokens[first].Start != start) return false;
        // The subject's first word runs to the first space ("U.S." is one).
        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].Start == tokens[last].End && tokens[last + 1].End <= clause.End) last++;
        if (tokens[last].End >= clause.End || tokens.CharAt(tokens[last].End) != ' ') return false;
        var breaks = last == first && lexicon.NounPhraseBounds.TryGetValue(tokens.TextOf(first).ToString(), out var determiner) && !determiner;
        return !breaks && FiniteVerb.In(tokens, new Span(tokens[last].End, clause.End), finiteAuxiliaries);
    }

    /// <summary>How much of a that-clause is read for its verb.</summary>
    private const int ClauseReach = 120;
}
