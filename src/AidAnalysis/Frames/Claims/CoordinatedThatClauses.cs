using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>"X said (that) A, and that B", "told the House that A, that B and that C": that-clauses coordinated under one
/// reporting verb are statements of their own, each the verb's object (Quirk et al. 1985, §13.41 on coordinated subordinate
/// clauses; the repeated "that" marks each as a new complement of the same verb).</summary>
internal sealed class CoordinatedThatClauses(Lexicon lexicon, WordSet finiteAuxiliaries)
{
    /// <summary>" and that " or a list's ", that " before a clause; read on one statement (a bounded window). "A, but that B"
    /// is left whole, the concession qualifying the first clause; so is "A, and that B", where the comma sets the second clause
    /// off as an afterthought to the first (splitting it too cost precision on the written sets).
    /// A "that" before one of the verbs of that-pronoun-verbs.txt is a pronoun subject ("and that is why"), no joint.</summary>
    private readonly Regex _joint = new(@"(?:(?<!,)\sand\s|,\s)that\s(?!(?:" + TextPatterns.Alternation(lexicon.ThatPronounVerbs) + @")\b)",
        TextPatterns.WindowOptions);

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
        for (var m = _joint.Match(text, span.Start, span.Length); m.Success; m = m.NextMatch())
        {
            var listComma = m.Value.StartsWith(", that", StringComparison.Ordinal);
            if ((listComma && !openedByThat) || insideQuote(m.Index) || m.Index <= start || !OpensClause(tokens, m.Index + m.Length, span.End)) continue;
            yield return draft with { Span = new Span(start, m.Index) };
            start = m.Index + m.Length;
        }
        yield return draft with { Span = new Span(start, span.End) };
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
