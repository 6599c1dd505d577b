using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"will send €80 million ..., taking its contribution since 2019 to €410 million": a participle after the
/// amount that raises a running total speaks of the total, so its background words ("since", "total") say nothing of the
/// amount before it (SCHEMA.md: the news figure takes its own sentence's status; the cumulative total is previous). The
/// participles and third-person forms of running-total-verbs.tsv open such a clause.</summary>
internal sealed class RunningTotalTail(Lexicon lexicon, AttributeWords words)
{
    private readonly AttributeWords.Phrases _verbs = new(
        new[] { "participle", "third" }.SelectMany(kind => lexicon.RunningTotalVerbs.TryGetValue(kind, out var forms) ? forms : Array.Empty<string>()));

    /// <summary>Where such a clause opens after the amount within its clause (at its comma), or the clause's end.</summary>
    public int ClauseEnd(TokenLayer tokens, Span amount, Span clause)
    {
        if (clause.End <= amount.End) return clause.End;
        var (first, end) = tokens.Within(new Span(amount.End, clause.End));
        for (var i = first; i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Punctuation || !tokens.IsExactly(i, ",")) continue;
            var verb = tokens.WordRightAfter(tokens[i].End, clause.End, WordSpacing.OneWhitespace);
            if (words.RunningTotalOpeners.IsWord(tokens, verb)) verb = tokens.WordRightAfter(tokens[verb].End, clause.End, WordSpacing.OneWhitespace);
            if (_verbs.IsWord(tokens, verb) && tokens[verb].End < clause.End && char.IsWhiteSpace(tokens.Text[tokens[verb].End])) return tokens[i].Start;
        }
        return clause.End;
    }
}
