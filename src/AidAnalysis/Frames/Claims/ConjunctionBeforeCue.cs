using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Claims;

/// <summary>'"quick and fair," though she warned' / '"no complaint" about the plan but criticised': a conjunction between a
/// quotation and the next cue opens a clause of its own, so that cue does not attribute the quotation. The conjunctions are
/// quote-clause-conjunctions.tsv's, matched as written.</summary>
internal sealed class ConjunctionBeforeCue(Lexicon lexicon)
{
    private readonly Regex _clause = new(
        @"^[\s,;]*(?:" + Alternation(lexicon, opening: true) + @")\s|\b(?:" + Alternation(lexicon, opening: false) + @")\b",
        TextPatterns.WindowOptions);

    private static string Alternation(Lexicon lexicon, bool opening) =>
        string.Join('|', lexicon.QuoteClauseConjunctions.Where(c => c.Value == opening).Select(c => Regex.Escape(c.Key)));

    /// <summary>Whether the words between the start of <paramref name="window"/> (right after a quotation) and the first
    /// <paramref name="cue"/> in it open a new clause.</summary>
    public bool OpensClause(string text, Span window, string cue)
    {
        var at = text.IndexOf(cue, window.Start, window.Length, StringComparison.Ordinal);
        return at > window.Start && _clause.IsMatch(text.AsSpan(window.Start..at));
    }
}
