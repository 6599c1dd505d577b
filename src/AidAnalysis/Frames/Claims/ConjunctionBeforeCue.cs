using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>'"quick and fair," though she warned' / '"no complaint" about the plan but criticised': a conjunction between a
/// quotation and the next cue opens a clause of its own, so that cue does not attribute the quotation. The conjunctions are
/// quote-clause-conjunctions.tsv's, matched as written.</summary>
internal sealed class ConjunctionBeforeCue(Lexicon lexicon)
{
    /// <summary>Conjunctions that open a clause only as the first word after the quotation ("and", "so").</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _opening = Conjunctions(lexicon, opening: true);

    /// <summary>Conjunctions that open a clause wherever they stand before the cue ("but", "though").</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _anywhere = Conjunctions(lexicon, opening: false);

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Conjunctions(Lexicon lexicon, bool opening) =>
        new HashSet<string>(lexicon.QuoteClauseConjunctions.Where(c => c.Value == opening).Select(c => c.Key), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the words between the start of <paramref name="window"/> (right after a quotation) and the first
    /// <paramref name="cue"/> in it open a new clause: an opening conjunction after nothing but commas and semicolons, with a
    /// whitespace character after it, or any other conjunction as a word of its own.</summary>
    public bool OpensClause(TokenLayer tokens, Span window, string cue)
    {
        var at = tokens.Text.IndexOf(cue, window.Start, window.Length, StringComparison.Ordinal);
        if (at <= window.Start) return false;
        var i = tokens.FirstStartingFrom(window.Start);
        while (i < tokens.Count && tokens[i].End <= at && (tokens.IsMark(i, ',') || tokens.IsMark(i, ';'))) i++;
        if (i < tokens.Count && tokens[i].End < at && _opening.Contains(tokens.TextOf(i)) && char.IsWhiteSpace(tokens.Text[tokens[i].End])) return true;
        for (; i < tokens.Count && tokens[i].End <= at; i++)
            if (tokens[i].Kind == TokenKind.Word && _anywhere.Contains(tokens.TextOf(i))) return true;
        return false;
    }
}
