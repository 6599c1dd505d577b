using AidAnalysis.Model;
using AidAnalysis.Text.Phrases;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Text.Clauses;

/// <summary>Finds the embedded clauses of one text (<see cref="ClauseKind"/>). With no part-of-speech tags a clause is told by
/// the word that opens it after a comma: a relative pronoun.</summary>
internal sealed class EmbeddedClauseFinder(ClauseWords words, TokenLayer tokens, PhraseLayer phrases)
{
    /// <summary>", which runs until 2027": a comma, a relative pronoun (relative-pronoun of phrase-words.tsv), and the words up
    /// to the next comma or the sentence's end (<paramref name="sentenceEnd"/>) among the tokens [<paramref name="first"/>,
    /// <paramref name="end"/>) of one sentence. The comma that closes one may open the next.</summary>
    public void Relatives(int first, int end, int sentenceEnd, List<EmbeddedClause> found)
    {
        for (var i = first; i + 1 < end; i++)
        {
            if (!tokens.IsMark(i, ',') || !words.RelativePronouns.Contains(tokens, i + 1)) continue;
            var close = i + 2;
            while (close < end && !tokens.IsMark(close, ',')) close++;
            found.Add(new EmbeddedClause(ClauseKind.Relative, new Span(tokens[i].Start, close < end ? tokens[close].Start : sentenceEnd)));
            i = close - 1;
        }
    }

    /// <summary>The phrase layer's parentheticals: an attribution as one, brackets and dashes as parentheticals.</summary>
    public void Parentheticals(List<EmbeddedClause> found)
    {
        foreach (var p in phrases.Parentheticals)
            found.Add(new EmbeddedClause(p.Kind == ParentheticalKind.Attribution ? ClauseKind.Attribution : ClauseKind.Parenthetical, p.Span));
    }
}
